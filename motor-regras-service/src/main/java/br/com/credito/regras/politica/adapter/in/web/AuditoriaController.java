package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.politica.application.ConsultarAuditoria;
import br.com.credito.regras.politica.domain.RegistroDeAuditoria;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/regras/politicas/{versao}/auditoria} (regras:admin): the version's trail, oldest first. */
@RestController
class AuditoriaController {

    private final ConsultarAuditoria consultar;

    AuditoriaController(ConsultarAuditoria consultar) {
        this.consultar = consultar;
    }

    @GetMapping("/v1/regras/politicas/{versao}/auditoria")
    List<RegistroDeAuditoria> trilha(@PathVariable int versao) {
        return consultar.trilha(versao);
    }
}
