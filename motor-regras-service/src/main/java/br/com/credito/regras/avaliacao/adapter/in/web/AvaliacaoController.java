package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.regras.avaliacao.application.AvaliarCredito;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A refusal is a 200 with REPROVADO: it is a business answer, not an error. */
@RestController
class AvaliacaoController {

    private final AvaliarCredito avaliarCredito;

    AvaliacaoController(AvaliarCredito avaliarCredito) {
        this.avaliarCredito = avaliarCredito;
    }

    @PostMapping("/v1/regras/avaliar")
    AvaliacaoResponse avaliar(@Valid @RequestBody AvaliacaoRequest request) {
        return AvaliacaoResponse.de(avaliarCredito.avaliar(request.paraSolicitacao()));
    }
}
