package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.regras.avaliacao.application.SimularPolitica;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Política de crédito", description = "Versões da política: rascunho, validação, ativação, simulação")
class SimulacaoController {

    private final SimularPolitica simularPolitica;

    SimulacaoController(SimularPolitica simularPolitica) {
        this.simularPolitica = simularPolitica;
    }

    @Operation(
            summary = "Simular uma versão candidata contra a vigente",
            description = "Avalia o lote pelas duas versões e compara: taxa de aprovação, limite médio, limites"
                    + " alterados e cada decisão que muda de código. Não muda nada. Escopo: regras:admin.")
    @ErroDocumentado(status = 404, codigos = "VERSAO_INEXISTENTE", descricao = "A versão candidata não existe.")
    @ErroDocumentado(
            status = 503,
            codigos = "POLITICA_INDISPONIVEL",
            descricao = "Nenhuma versão da política carregada ainda; nenhuma decisão foi tomada. Tente de novo.")
    @PostMapping("/v1/regras/simular")
    SimulacaoResponse simular(@Valid @RequestBody SimulacaoRequest request) {
        var simulacao = simularPolitica.simular(request.versaoCandidata(), request.paraLote());
        return SimulacaoResponse.de(simulacao, request.entradas());
    }
}
