package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
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
                    @Pattern(regexp = CHAVE_REGEX, message = "deve ter de 1 a 100 caracteres ASCII visiveis")
                    String chave,
            Principal chamador) {
        return ConcessaoResponse.de(analisarSolicitacao.executar(pedido.paraDominio(), dono(chamador), chave));
    }

    /**
     * Keys are per calling client, as investimento's: channels cannot collide nor replay another's. The name of a JWT
     * authentication is the token's subject.
     */
    private static String dono(Principal chamador) {
        return chamador == null || chamador.getName() == null ? "" : chamador.getName();
    }
}
