package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cartão", description = "Concessão de cartão de crédito, situação, explicação e histórico de limites")
class ConcessaoController {

    /** Visible ASCII, 1 to 100 characters (a UUID fits; so do the channels' own formats). */
    static final String CHAVE_REGEX = "^[\\x21-\\x7E]{1,100}$";

    private final AnalisarSolicitacao analisarSolicitacao;

    ConcessaoController(AnalisarSolicitacao analisarSolicitacao) {
        this.analisarSolicitacao = analisarSolicitacao;
    }

    @Operation(
            summary = "Pedir um cartão de crédito",
            description = "Analisa o cliente em tempo real (score, histórico e investimentos em paralelo, política de"
                    + " crédito vigente) e devolve a decisão: APROVADO com o limite, REPROVADO ou EM_ANALISE, com"
                    + " motivos, versão da política e procedência de cada dado. Uma recusa é 200, não erro. Com"
                    + " Idempotency-Key, repetir o pedido devolve a mesma decisão. Escopo: cartao:conceder.")
    @ErroDocumentado(
            status = 409,
            codigos = "IDEMPOTENCIA_CONFLITO",
            descricao = "A Idempotency-Key já foi usada com outro corpo.")
    @ErroDocumentado(
            status = 503,
            codigos = {"REGRAS_INDISPONIVEL", "BANCO_INDISPONIVEL"},
            descricao = "Nenhuma decisão foi tomada (motor de regras ou armazenamento fora do ar); tente de novo.")
    @PostMapping("/v1/cartao/concessao")
    ConcessaoResponse conceder(
            @Valid @RequestBody ConcessaoRequest pedido,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Pattern(regexp = CHAVE_REGEX, message = "deve ter de 1 a 100 caracteres ASCII visíveis")
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
