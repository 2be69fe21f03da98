package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.regras.avaliacao.application.AvaliarCredito;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A refusal is a 200 with REPROVADO: it is a business answer, not an error. */
@RestController
@Tag(name = "Avaliação de crédito", description = "Decisão pela política de crédito vigente")
class AvaliacaoController {

    private final AvaliarCredito avaliarCredito;

    AvaliacaoController(AvaliarCredito avaliarCredito) {
        this.avaliarCredito = avaliarCredito;
    }

    @Operation(
            summary = "Avaliar crédito pela política vigente",
            description = "Aplica a versão em vigor da política a score, contratos (com o tipo de produto, opcional)"
                    + " e investimentos, e devolve decisão, limite, motivos e versão. Não grava nada. Uma recusa é"
                    + " 200 com REPROVADO. Escopo: regras:avaliar.")
    @ErroDocumentado(
            status = 503,
            codigos = "POLITICA_INDISPONIVEL",
            descricao = "Nenhuma versão da política carregada ainda; nenhuma decisão foi tomada. Tente de novo.")
    @PostMapping("/v1/regras/avaliar")
    AvaliacaoResponse avaliar(@Valid @RequestBody AvaliacaoRequest request) {
        var solicitacao = request.paraSolicitacao();
        return AvaliacaoResponse.de(
                ClienteSintetico.eh(request.idCliente())
                        ? avaliarCredito.ensaiar(solicitacao)
                        : avaliarCredito.avaliar(solicitacao));
    }
}
