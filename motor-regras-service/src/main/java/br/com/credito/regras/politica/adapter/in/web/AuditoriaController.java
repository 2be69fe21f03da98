package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.politica.application.ConsultarAuditoria;
import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/regras/politicas/{versao}/auditoria} (regras:admin): the version's trail, oldest first. */
@RestController
@Tag(name = "Política de crédito", description = "Versões da política: rascunho, validação, ativação, simulação")
class AuditoriaController {

    private final ConsultarAuditoria consultar;

    AuditoriaController(ConsultarAuditoria consultar) {
        this.consultar = consultar;
    }

    @Operation(
            summary = "Consultar a trilha de auditoria de uma versão da política",
            description = "Quem criou, quem ativou e quem reverteu para a versão, e quando, da mais antiga à mais"
                    + " recente; a trilha só recebe inserções. Escopo: regras:admin.")
    @GetMapping("/v1/regras/politicas/{versao}/auditoria")
    List<RegistroDeAuditoria> trilha(@PathVariable int versao) {
        return consultar.trilha(versao);
    }
}
