package br.com.credito.score.consulta.adapter.in.web;

import br.com.credito.common.cache.Leitura;
import br.com.credito.common.web.Validacoes;
import br.com.credito.score.consulta.application.ConsultarScore;
import br.com.credito.score.consulta.domain.ScoreCliente;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScoreController {

    private final ConsultarScore consultarScore;

    ScoreController(ConsultarScore consultarScore) {
        this.consultarScore = consultarScore;
    }

    /** The id is checked here, before any cache or bureau call: a bad one is a 400, never a provider error. */
    @GetMapping("/v1/score/{idCliente}")
    ResponseEntity<ScoreResponse> consultar(
            @PathVariable @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
                    String idCliente) {
        Leitura<ScoreCliente> leitura = consultarScore.executar(idCliente);
        return ResponseEntity.ok().headers(leitura.cabecalhos()).body(ScoreResponse.de(leitura));
    }
}
