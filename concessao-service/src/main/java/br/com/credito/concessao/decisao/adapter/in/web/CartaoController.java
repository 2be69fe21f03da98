package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.common.web.Paginacao;
import br.com.credito.common.web.Validacoes;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cartão", description = "Concessão de cartão de crédito, situação, explicação e histórico de limites")
class CartaoController {

    private final ConsultarCartao consultarCartao;

    CartaoController(ConsultarCartao consultarCartao) {
        this.consultarCartao = consultarCartao;
    }

    @Operation(
            summary = "Consultar a situação do cartão do cliente",
            description = "Situação da última decisão em vigor (APROVADO, REPROVADO, EM_ANALISE) e o limite atual."
                    + " Escopo: cartao:ler.")
    @ErroDocumentado(status = 404, codigos = "CLIENTE_NAO_ENCONTRADO", descricao = "O cliente nunca pediu cartão.")
    @ErroDocumentado(
            status = 503,
            codigos = "BANCO_INDISPONIVEL",
            descricao = "Armazenamento indisponível; nada foi gravado. Tente de novo (Retry-After).")
    @GetMapping("/v1/cartao/status/{idCliente}")
    StatusCartaoResponse status(
            @PathVariable @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
                    String idCliente) {
        return StatusCartaoResponse.de(consultarCartao.situacaoAtual(idCliente));
    }

    @Operation(
            summary = "Consultar o histórico de limites do cliente",
            description = "Cada mudança de limite, da mais antiga à mais recente: limite anterior e novo, causa"
                    + " (CONCESSAO ou EVENTO_INVESTIMENTO com o idEvento) e versão da política. Escopo: cartao:ler.")
    @ErroDocumentado(
            status = 503,
            codigos = "BANCO_INDISPONIVEL",
            descricao = "Armazenamento indisponível; nada foi gravado. Tente de novo (Retry-After).")
    @GetMapping("/v1/cartao/limites/{idCliente}/historico")
    ResponseEntity<HistoricoLimiteResponse> historicoDeLimites(
            @PathVariable @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
                    String idCliente,
            @RequestParam(name = Paginacao.PAGINA, defaultValue = "0") @Min(0) @Max(100_000) int pagina,
            @RequestParam(name = Paginacao.TAMANHO, defaultValue = Paginacao.TAMANHO_PADRAO)
                    @Min(1)
                    @Max(Paginacao.TAMANHO_MAXIMO)
                    int tamanho) {
        ConsultarCartao.PaginaDeAlteracoes resultado = consultarCartao.historicoDeLimites(idCliente, pagina, tamanho);
        return ResponseEntity.ok()
                .headers(Paginacao.cabecalhos(pagina, tamanho, resultado.total()))
                .body(HistoricoLimiteResponse.de(
                        idCliente, resultado.alteracoes(), pagina, tamanho, resultado.total()));
    }
}
