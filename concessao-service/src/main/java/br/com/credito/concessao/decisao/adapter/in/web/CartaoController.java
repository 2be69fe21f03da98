package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.web.Paginacao;
import br.com.credito.common.web.Validacoes;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CartaoController {

    private final ConsultarCartao consultarCartao;

    CartaoController(ConsultarCartao consultarCartao) {
        this.consultarCartao = consultarCartao;
    }

    @GetMapping("/v1/cartao/status/{idCliente}")
    StatusCartaoResponse status(
            @PathVariable @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
                    String idCliente) {
        return StatusCartaoResponse.de(consultarCartao.situacaoAtual(idCliente));
    }

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
