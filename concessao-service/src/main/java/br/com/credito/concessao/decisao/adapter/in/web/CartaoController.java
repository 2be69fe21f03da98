package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.openapi.BancoIndisponivel;
import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.common.web.IdCliente;
import br.com.credito.common.web.Paginacao;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import br.com.credito.concessao.decisao.application.ExplicarDecisao;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The card API (one tag of the document): the decision, status, limit history, explanation and human review. */
@RestController
@Tag(name = "Cartão", description = "Concessão de cartão de crédito, situação, explicação e histórico de limites")
class CartaoController {

    /** Visible ASCII, 1 to 100 characters (a UUID fits; so do the channels' own formats). */
    static final String CHAVE_REGEX = "^[\\x21-\\x7E]{1,100}$";

    private final AnalisarSolicitacao analisarSolicitacao;
    private final ConsultarCartao consultarCartao;
    private final ExplicarDecisao explicarDecisao;
    private final AdmissaoDeDecisoes admissao;

    CartaoController(
            AnalisarSolicitacao analisarSolicitacao,
            ConsultarCartao consultarCartao,
            ExplicarDecisao explicarDecisao,
            AdmissaoDeDecisoes admissao) {
        this.analisarSolicitacao = analisarSolicitacao;
        this.consultarCartao = consultarCartao;
        this.explicarDecisao = explicarDecisao;
        this.admissao = admissao;
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
            codigos = {"REGRAS_INDISPONIVEL", "BANCO_INDISPONIVEL", "SOBRECARGA"},
            descricao = "Nenhuma decisão foi tomada (motor de regras ou armazenamento fora do ar, ou decisões"
                    + " demais em andamento nesta instância); tente de novo (Retry-After).")
    @PostMapping("/v1/cartao/concessao")
    ConcessaoResponse conceder(
            @Valid @RequestBody ConcessaoRequest pedido,
            @RequestHeader(name = "Idempotency-Key", required = false)
                    @Pattern(regexp = CHAVE_REGEX, message = "deve ter de 1 a 100 caracteres ASCII visíveis")
                    String chave,
            Principal chamador) {
        var solicitacao = pedido.paraDominio();
        return ConcessaoResponse.de(
                admissao.admitir(() -> analisarSolicitacao.executar(solicitacao, dono(chamador), chave)));
    }

    @Operation(
            summary = "Consultar a situação do cartão do cliente",
            description = "Situação da última decisão em vigor (APROVADO, REPROVADO, EM_ANALISE) e o limite atual."
                    + " Escopo: cartao:ler.")
    @ErroDocumentado(status = 404, codigos = "CLIENTE_NAO_ENCONTRADO", descricao = "O cliente nunca pediu cartão.")
    @BancoIndisponivel
    @GetMapping("/v1/cartao/status/{idCliente}")
    StatusCartaoResponse status(@PathVariable @IdCliente String idCliente) {
        return StatusCartaoResponse.de(consultarCartao.situacaoAtual(idCliente));
    }

    @Operation(
            summary = "Consultar o histórico de limites do cliente",
            description = "Cada mudança de limite, da mais antiga à mais recente: limite anterior e novo, causa"
                    + " (CONCESSAO ou EVENTO_INVESTIMENTO com o idEvento) e versão da política. Escopo: cartao:ler.")
    @BancoIndisponivel
    @GetMapping("/v1/cartao/limites/{idCliente}/historico")
    ResponseEntity<HistoricoLimiteResponse> historicoDeLimites(
            @PathVariable @IdCliente String idCliente,
            @RequestParam(name = Paginacao.PAGINA, defaultValue = "0") @Min(0) @Max(100_000) int pagina,
            @RequestParam(name = Paginacao.TAMANHO, defaultValue = Paginacao.TAMANHO_PADRAO)
                    @Min(1)
                    @Max(Paginacao.TAMANHO_MAXIMO)
                    int tamanho) {
        ConsultarCartao.PaginaDeAlteracoes resultado = consultarCartao.historicoDeLimites(idCliente, pagina, tamanho);
        return Paginacao.resposta(
                pagina,
                tamanho,
                resultado.total(),
                HistoricoLimiteResponse.de(idCliente, resultado.alteracoes(), pagina, tamanho, resultado.total()));
    }

    @Operation(
            summary = "Explicar uma decisão ao cliente",
            description = "Critérios, versão da política e procedência de cada dado usado, em português (LGPD,"
                    + " art. 20), e como pedir revisão humana. Escopo: cartao:ler.")
    @ErroDocumentado(status = 404, codigos = "CONCESSAO_NAO_ENCONTRADA", descricao = "Decisão inexistente.")
    @BancoIndisponivel
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
    @BancoIndisponivel
    @PostMapping("/v1/cartao/concessoes/{idConcessao}/revisao")
    @ResponseStatus(HttpStatus.CREATED)
    RevisaoResponse revisao(
            @PathVariable UUID idConcessao, @Valid @RequestBody(required = false) RevisaoRequest pedido) {
        String justificativa = pedido == null ? null : pedido.justificativa();
        return RevisaoResponse.de(explicarDecisao.solicitarRevisao(idConcessao, justificativa));
    }

    /**
     * Keys are per calling client, as investimento's: channels cannot collide nor replay another's. The name of a JWT
     * authentication is the token's subject.
     */
    private static String dono(Principal chamador) {
        return chamador == null || chamador.getName() == null ? "" : chamador.getName();
    }
}
