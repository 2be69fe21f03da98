package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.regras.avaliacao.application.SimularPolitica;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SimulacaoController {

    private final SimularPolitica simularPolitica;

    SimulacaoController(SimularPolitica simularPolitica) {
        this.simularPolitica = simularPolitica;
    }

    @PostMapping("/v1/regras/simular")
    SimulacaoResponse simular(@Valid @RequestBody SimulacaoRequest request) {
        var simulacao = simularPolitica.simular(request.versaoCandidata(), request.paraLote());
        return SimulacaoResponse.de(simulacao, request.entradas());
    }
}
