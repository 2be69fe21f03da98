package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConcessaoController {

    /** Visible ASCII, 1 to 100 characters (a UUID fits; so do the channels' own formats). */
    static final String CHAVE_REGEX = "^[\\x21-\\x7E]{1,100}$";

    private final AnalisarSolicitacao analisarSolicitacao;

    ConcessaoController(AnalisarSolicitacao analisarSolicitacao) {
        this.analisarSolicitacao = analisarSolicitacao;
    }

    @PostMapping("/v1/cartao/concessao")
    ConcessaoResponse conceder(
            @Valid @RequestBody ConcessaoRequest pedido,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Pattern(regexp = CHAVE_REGEX, message = "deve ter de 1 a 100 caracteres ASCII visíveis")
                    String chave) {
        return ConcessaoResponse.de(analisarSolicitacao.executar(pedido.paraDominio(), chave));
    }
}
