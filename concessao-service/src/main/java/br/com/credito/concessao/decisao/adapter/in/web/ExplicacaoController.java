package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.concessao.decisao.application.ExplicarDecisao;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cartão", description = "Concessão de cartão de crédito, situação, explicação e histórico de limites")
class ExplicacaoController {

    private final ExplicarDecisao explicarDecisao;

    ExplicacaoController(ExplicarDecisao explicarDecisao) {
        this.explicarDecisao = explicarDecisao;
    }

    @Operation(
            summary = "Explicar uma decisão ao cliente",
            description = "Critérios, versão da política e procedência de cada dado usado, em português (LGPD,"
                    + " art. 20), e como pedir revisão humana. Escopo: cartao:ler.")
    @ErroDocumentado(status = 404, codigos = "CONCESSAO_NAO_ENCONTRADA", descricao = "Decisão inexistente.")
    @ErroDocumentado(
            status = 503,
            codigos = "BANCO_INDISPONIVEL",
            descricao = "Armazenamento indisponível; nada foi gravado. Tente de novo (Retry-After).")
    @GetMapping("/v1/cartao/concessoes/{idConcessao}/explicacao")
    ExplicacaoResponse explicacao(@PathVariable UUID idConcessao) {
        return ExplicacaoResponse.de(explicarDecisao.explicar(idConcessao));
    }

    /** 201 with the protocol; asking again for the same decision answers the same protocol. */
    @Operation(
            summary = "Pedir revisão humana de uma decisão",
            description = "Registra o pedido de revisão (LGPD, art. 20) e devolve o número de protocolo; pedir de"
                    + " novo para a mesma decisão devolve o mesmo protocolo. Escopo: cartao:conceder.")
    @ErroDocumentado(status = 404, codigos = "CONCESSAO_NAO_ENCONTRADA", descricao = "Decisão inexistente.")
    @ErroDocumentado(
            status = 503,
            codigos = "BANCO_INDISPONIVEL",
            descricao = "Armazenamento indisponível; nada foi gravado. Tente de novo (Retry-After).")
    @PostMapping("/v1/cartao/concessoes/{idConcessao}/revisao")
    @ResponseStatus(HttpStatus.CREATED)
    RevisaoResponse revisao(
            @PathVariable UUID idConcessao, @Valid @RequestBody(required = false) RevisaoRequest pedido) {
        String justificativa = pedido == null ? null : pedido.justificativa();
        return RevisaoResponse.de(explicarDecisao.solicitarRevisao(idConcessao, justificativa));
    }
}
