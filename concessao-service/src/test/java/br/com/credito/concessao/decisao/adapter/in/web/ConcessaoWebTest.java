package br.com.credito.concessao.decisao.adapter.in.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import br.com.credito.common.config.CreditoCommonAutoConfiguration;
import br.com.credito.concessao.apoio.Mae;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import br.com.credito.concessao.decisao.application.ExplicarDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.ConflitoDeIdempotenciaException;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.SolicitacaoConcessao;
import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** HTTP contract of the controllers (status AND problem body); security is covered by ContratoSegurancaConcessaoIT. */
@WebMvcTest(controllers = CartaoController.class)
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(
        classes = CreditoCommonAutoConfiguration.class,
        exclude = {
            OAuth2ClientWebSecurityAutoConfiguration.class,
            OAuth2ResourceServerWebSecurityAutoConfiguration.class
        })
@Import(AdmissaoDeDecisoes.class)
class ConcessaoWebTest {

    private static final String PROBLEMA = "application/problem+json";

    /** The admission's bulkhead with Resilience4j's defaults: these tests send one request at a time. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Bulkheads {
        @Bean
        BulkheadRegistry bulkheadRegistry() {
            return BulkheadRegistry.ofDefaults();
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private AnalisarSolicitacao analisarSolicitacao;

    @MockitoBean
    private ConsultarCartao consultarCartao;

    @MockitoBean
    private ExplicarDecisao explicarDecisao;

    @Test
    void deveResponderADecisaoComMotivosVersaoEFontes() throws Exception {
        Concessao concessao = Mae.concessao("12345", Mae.aprovado("5000"));
        given(analisarSolicitacao.executar(new SolicitacaoConcessao("12345", TipoCartao.GOLD), "", "k-1"))
                .willReturn(concessao);

        conceder("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}", "k-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idConcessao").value(concessao.id().toString()))
                .andExpect(jsonPath("$.limiteAprovado").value(5000.00))
                .andExpect(jsonPath("$.codigoDecisao").value("APROVADO"))
                .andExpect(jsonPath("$.descricao").isNotEmpty())
                .andExpect(jsonPath("$.motivos[0].codigo").value("SCORE_FAIXA_ALTA"))
                .andExpect(jsonPath("$.versaoPolitica").value(1))
                .andExpect(jsonPath("$.fontes.score.origem").value("AO_VIVO"))
                .andExpect(jsonPath("$.fontes.historico.origem").value("CACHE"))
                .andExpect(jsonPath("$.fontes.historico.idadeSegundos").value(120))
                .andExpect(jsonPath("$.fontes.investimentos.origem").value("AO_VIVO"));
    }

    static Stream<Arguments> corposInvalidos() {
        return Stream.of(
                Arguments.of("{\"idCliente\":\"\",\"tipoCartao\":\"GOLD\"}", "DADOS_INVALIDOS"),
                Arguments.of("{\"idCliente\":\"12 345\",\"tipoCartao\":\"GOLD\"}", "DADOS_INVALIDOS"),
                Arguments.of("{\"idCliente\":\"" + "a".repeat(37) + "\",\"tipoCartao\":\"GOLD\"}", "DADOS_INVALIDOS"),
                Arguments.of("{\"idCliente\":\"12345\"}", "DADOS_INVALIDOS"),
                Arguments.of("{\"idCliente\":\"12345\",\"tipoCartao\":\"SILVER\"}", "JSON_MALFORMADO"),
                Arguments.of("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\",\"extra\":1}", "JSON_MALFORMADO"));
    }

    @ParameterizedTest
    @MethodSource("corposInvalidos")
    void deveRecusarCorpoInvalidoCom400(String corpo, String codigo) throws Exception {
        conceder(corpo, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA))
                .andExpect(jsonPath("$.codigo").value(codigo))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
    }

    /** Issue 17: the field as the client sent it, and in Portuguese what it accepts, whatever the channel's language. */
    static Stream<Arguments> errosNomeados() {
        String aceitos = "deve ser um de GOLD, PLATINUM, BLACK";
        return Stream.of(
                Arguments.of("{\"idCliente\":\"12345\"}", null, "tipoCartao", "é obrigatório; " + aceitos),
                Arguments.of("{\"idCliente\":\"12345\",\"tipoCartao\":\"OURO\"}", null, "tipoCartao", aceitos),
                Arguments.of(
                        "{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\",\"extra\":1}",
                        null,
                        "extra",
                        "campo não reconhecido; os campos aceitos são idCliente, tipoCartao"),
                Arguments.of(
                        "{\"idCliente\":\"12 345\",\"tipoCartao\":\"GOLD\"}",
                        null,
                        "idCliente",
                        "deve ter de 1 a 36 caracteres: letras, dígitos ou hífen"),
                Arguments.of(
                        "{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}",
                        "k".repeat(101),
                        "Idempotency-Key",
                        "deve ter de 1 a 100 caracteres ASCII visíveis"));
    }

    @ParameterizedTest
    @MethodSource("errosNomeados")
    void deveNomearOCampoEnviadoEDizerEmPortuguesOQueEAceito(String corpo, String chave, String campo, String mensagem)
            throws Exception {
        var pedido = post("/v1/cartao/concessao")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en-US")
                .content(corpo);
        if (chave != null) {
            pedido.header("Idempotency-Key", chave);
        }
        mvc.perform(pedido)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA))
                .andExpect(jsonPath("$.erros.length()").value(1))
                .andExpect(jsonPath("$.erros[0].campo").value(campo))
                .andExpect(jsonPath("$.erros[0].mensagem").value(mensagem));
    }

    @Test
    void deveRecusarIdempotencyKeyLongaDemais() throws Exception {
        conceder("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}", "k".repeat(101))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"));
    }

    @Test
    void deveResponder503QuandoOMotorDeRegrasEstaIndisponivel() throws Exception {
        given(analisarSolicitacao.executar(any(), any(), isNull()))
                .willThrow(new MotorDeRegrasIndisponivelException(new IllegalStateException("segredo")));

        conceder("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}", null)
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.codigo").value("REGRAS_INDISPONIVEL"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("segredo"))));
    }

    @Test
    void deveResponder409ParaChaveReusadaComOutroCorpo() throws Exception {
        given(analisarSolicitacao.executar(any(), any(), eq("k-1"))).willThrow(new ConflitoDeIdempotenciaException());

        conceder("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}", "k-1")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA))
                .andExpect(jsonPath("$.codigo").value("IDEMPOTENCIA_CONFLITO"));
    }

    @Test
    void deveResponder404ParaStatusDeClienteDesconhecido() throws Exception {
        given(consultarCartao.situacaoAtual("999")).willThrow(NaoEncontradoException.cliente());

        mvc.perform(get("/v1/cartao/status/999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA))
                .andExpect(jsonPath("$.codigo").value("CLIENTE_NAO_ENCONTRADO"));
    }

    /** An id in the path is refused as one in the body: the field as sent and the same Portuguese message. */
    @Test
    void deveRecusarIdClienteInvalidoNoCaminhoCom400() throws Exception {
        mvc.perform(get("/v1/cartao/status/12_345").header("Accept-Language", "en-US"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA))
                .andExpect(jsonPath("$.codigo").value("DADOS_INVALIDOS"))
                .andExpect(jsonPath("$.erros.length()").value(1))
                .andExpect(jsonPath("$.erros[0].campo").value("idCliente"))
                .andExpect(jsonPath("$.erros[0].mensagem")
                        .value("deve ter de 1 a 36 caracteres: letras, dígitos ou hífen"));
    }

    @Test
    void deveResponderOStatusNoFormatoDaSemente() throws Exception {
        given(consultarCartao.situacaoAtual("12345")).willReturn(Mae.concessao("12345", Mae.aprovado("5000")));

        mvc.perform(get("/v1/cartao/status/12345"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idCliente").value("12345"))
                .andExpect(jsonPath("$.statusCartao").value("APROVADO"))
                .andExpect(jsonPath("$.limiteAtual").value(5000.00));
    }

    @Test
    void deveRecusarIdDeConcessaoQueNaoEUuid() throws Exception {
        mvc.perform(get("/v1/cartao/concessoes/nao-e-uuid/explicacao"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEMA));
    }

    @Test
    void deveRegistrarPedidoDeRevisaoEDevolverOProtocolo() throws Exception {
        UUID id = UUID.randomUUID();
        given(explicarDecisao.solicitarRevisao(id, "quero revisao"))
                .willReturn(new SolicitacaoRevisao("REV-2026-00000001", id, OrigemRevisao.CLIENTE, null, Mae.AGORA));

        mvc.perform(post("/v1/cartao/concessoes/{id}/revisao", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justificativa\":\"quero revisao\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.protocolo").value("REV-2026-00000001"))
                .andExpect(jsonPath("$.idConcessao").value(id.toString()));
    }

    private ResultActions conceder(String corpo, String chave) throws Exception {
        var pedido = post("/v1/cartao/concessao")
                .contentType(MediaType.APPLICATION_JSON)
                .content(corpo);
        if (chave != null) {
            pedido.header("Idempotency-Key", chave);
        }
        return mvc.perform(pedido);
    }
}
