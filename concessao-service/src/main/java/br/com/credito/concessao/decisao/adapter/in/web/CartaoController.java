package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.web.Validacoes;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    HistoricoLimiteResponse historicoDeLimites(
            @PathVariable @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
                    String idCliente) {
        return HistoricoLimiteResponse.de(idCliente, consultarCartao.historicoDeLimites(idCliente));
    }
}
