package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.common.openapi.BancoIndisponivel;
import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.common.web.IdCliente;
import br.com.credito.common.web.Paginacao;
import br.com.credito.investimento.investimento.application.ConsultarInvestimentos;
import br.com.credito.investimento.investimento.application.RegistrarInvestimento;
import br.com.credito.investimento.investimento.application.ResultadoRegistro;
import br.com.credito.investimento.investimento.domain.ChaveIdempotencia;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Investimentos", description = "Investimentos do cliente no banco")
@RequestMapping("/v1/investimentos")
class InvestimentoController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPETIDA = "Idempotent-Replayed";

    private final RegistrarInvestimento registrar;
    private final ConsultarInvestimentos consultar;

    InvestimentoController(RegistrarInvestimento registrar, ConsultarInvestimentos consultar) {
        this.registrar = registrar;
        this.consultar = consultar;
    }

    /** A replay with the same key answers exactly as the first request did: 201, same body, same Location. */
    @Operation(
            summary = "Registrar um investimento",
            description = "Grava o investimento e, na mesma transação, o evento investimento-criado, que faz a"
                    + " concessão reanalisar o cartão do cliente. Com Idempotency-Key, repetir o pedido devolve a"
                    + " mesma resposta (cabeçalho Idempotent-Replayed). Escopo: investimento:escrever.")
    @ErroDocumentado(
            status = 409,
            codigos = "IDEMPOTENCY_KEY_REUSADA",
            descricao = "A Idempotency-Key já foi usada com outro corpo.")
    @BancoIndisponivel
    @PostMapping
    ResponseEntity<InvestimentoRegistradoResponse> registrar(
            @Valid @RequestBody RegistrarInvestimentoRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String chave,
            @AuthenticationPrincipal Jwt token) {
        Optional<ChaveIdempotencia> idempotencia =
                Optional.ofNullable(chave).map(c -> new ChaveIdempotencia(dono(token), c));
        ResultadoRegistro resultado = registrar.executar(request.paraDominio(), idempotencia);
        var resposta = ResponseEntity.created(URI.create("/v1/investimentos/" + resultado.idInvestimento()));
        if (resultado.repeticao()) {
            resposta.header(REPETIDA, "true");
        }
        return resposta.body(InvestimentoRegistradoResponse.de(resultado.idInvestimento()));
    }

    /** Keys are per calling client; a token without subject (none is issued here) shares one namespace. */
    private static String dono(Jwt token) {
        return Objects.requireNonNullElse(token.getSubject(), "");
    }

    /**
     * Paged (issue 16): the body is still the array it was, one page of it, newest first; the total and the links to
     * the next and previous pages are headers ({@link Paginacao}).
     */
    @Operation(
            summary = "Listar os investimentos do cliente",
            description =
                    "Cada investimento registrado, com tipo, valor e data, do mais recente ao mais antigo, em páginas"
                            + " (pagina a partir de 0, tamanho 20 por padrão e no máximo 100; total em X-Total-Count)."
                            + " Escopo: investimento:ler.")
    @BancoIndisponivel
    @GetMapping
    ResponseEntity<List<InvestimentoResponse>> doCliente(
            @RequestParam @IdCliente String idCliente,
            @RequestParam(name = Paginacao.PAGINA, defaultValue = "0") @Min(0) @Max(100_000) int pagina,
            @RequestParam(name = Paginacao.TAMANHO, defaultValue = Paginacao.TAMANHO_PADRAO)
                    @Min(1)
                    @Max(Paginacao.TAMANHO_MAXIMO)
                    int tamanho) {
        ConsultarInvestimentos.Pagina resultado = consultar.doCliente(idCliente, pagina, tamanho);
        return Paginacao.resposta(
                pagina,
                tamanho,
                resultado.total(),
                resultado.itens().stream().map(InvestimentoResponse::de).toList());
    }

    /**
     * The client's total per type, for concessao: the policy needs only that, and the full list grows with every
     * purchase. A literal segment outranks {@code /{idInvestimento}} in Spring's matching, so this never reads as an id.
     */
    @Operation(
            summary = "Consultar a posição do cliente por tipo de investimento",
            description = "O total por tipo, ordenado pelo nome do tipo; lista vazia para quem não investiu. É o que"
                    + " a concessão lê em cada decisão. Escopo: investimento:ler.")
    @BancoIndisponivel
    @GetMapping("/posicao")
    List<PosicaoResponse> posicao(@RequestParam @IdCliente String idCliente) {
        return PosicaoResponse.de(consultar.posicaoDoCliente(idCliente));
    }

    @Operation(
            summary = "Consultar um investimento",
            description = "O investimento pelo número devolvido no registro. Escopo: investimento:ler.")
    @ErroDocumentado(status = 404, codigos = "INVESTIMENTO_NAO_ENCONTRADO", descricao = "Investimento inexistente.")
    @BancoIndisponivel
    @GetMapping("/{idInvestimento}")
    InvestimentoResponse porId(@PathVariable long idInvestimento) {
        return InvestimentoResponse.de(consultar.porId(idInvestimento));
    }
}
