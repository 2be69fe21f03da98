package br.com.credito.concessao.recalculo;

import static br.com.credito.concessao.apoio.ClienteHttp.json;
import static br.com.credito.concessao.apoio.DownstreamsDeTeste.WIREMOCK;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import br.com.credito.concessao.apoio.ClienteHttp;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import br.com.credito.testsupport.SqsDeTeste;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** investimento-criado end to end: the real listener on ElasticMQ, the queue and DLQ as test-support declares them. */
@TesteDeIntegracao
class RecalculoIT {

    private static final String FILA = SqsDeTeste.FILA.nome();
    private static final String DLQ = SqsDeTeste.FILA.dlq();
    private static final JsonMapper JSON = new JsonMapper();
    private static SqsClient sqs;

    @LocalServerPort
    private int porta;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MeterRegistry metricas;

    private ClienteHttp http;

    @BeforeAll
    static void conectar() {
        sqs = SqsDeTeste.cliente();
    }

    @AfterAll
    static void desconectar() {
        sqs.close();
    }

    @BeforeEach
    void preparar() {
        DownstreamsDeTeste.padrao();
        http = new ClienteHttp(porta);
    }

    @Test
    void umInvestimentoElevaOLimiteEOMesmoEventoEntregueTresVezesMudaUmaVez() {
        cartaoAprovadoCom5000("rec-1");
        DownstreamsDeTeste.regrasAprovam("8000.00");
        String evento = evento("rec-1");

        for (int i = 0; i < 3; i++) {
            enviar(evento);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> limiteAtual("rec-1").compareTo(new BigDecimal("8000")) == 0);
        await().atMost(Duration.ofSeconds(30)).until(this::filaVazia);
        assertThat(contar("select count(*) from historico_limite where id_cliente = 'rec-1'"))
                .isEqualTo(2);
        assertThat(contar("select count(*) from concessao where id_cliente = 'rec-1' and origem = 'RECALCULO'"))
                .isEqualTo(1);
        assertThat(contar("select count(*) from evento_processado where resultado = 'LIMITE_ELEVADO'"
                        + " and id_concessao in (select id from concessao where id_cliente = 'rec-1')"))
                .isEqualTo(1);
        var historico = json(http.get("/v1/cartao/limites/rec-1/historico")).path("alteracoes");
        assertThat(historico.get(1).path("causa").asString()).isEqualTo("EVENTO_INVESTIMENTO");
        assertThat(historico.get(1).path("limiteAnterior").decimalValue()).isEqualByComparingTo("5000");
        assertThat(metricas.get("credito.evento.atraso").timer().count())
                .as("every delivery of the event is timed from occurredAt")
                .isGreaterThanOrEqualTo(3);
    }

    /**
     * A client refused with 12345's data invests R$ 200.000: the re-analysis (same fan-out, the policy now sees the
     * investment) approves, and the card becomes available with a limit-history entry naming the event and version.
     */
    @Test
    void clienteReprovadoQueInvesteDuzentosMilPassaAAprovado() {
        DownstreamsDeTeste.historico(okJson(DownstreamsDeTeste.CONTRATOS_12345));
        DownstreamsDeTeste.regras(okJson(DownstreamsDeTeste.reprovacao(2)));
        assertThat(http.conceder("rec-reprovado", "GOLD", null).statusCode()).isEqualTo(200);
        assertThat(statusCartao("rec-reprovado").path("statusCartao").asString())
                .isEqualTo("REPROVADO");

        DownstreamsDeTeste.investimentos(okJson("[{\"tipoInvestimento\":\"CDB\",\"valor\":210000.00}]"));
        WIREMOCK.stubFor(post(urlPathEqualTo(DownstreamsDeTeste.REGRAS))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.listaInvestimentos[?(@.valor == 210000)]"))
                .willReturn(okJson(DownstreamsDeTeste.aprovacao("20000.00", 2))));
        InvestimentoCriadoEvent investimento = InvestimentoCriadoEvent.novo(
                "rec-reprovado", 98766L, "CDB", new BigDecimal("200000.00"), Instant.now());
        enviar(JSON.writeValueAsString(investimento));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "APROVADO"
                        .equals(statusCartao("rec-reprovado")
                                .path("statusCartao")
                                .asString()));
        assertThat(limiteAtual("rec-reprovado")).isEqualByComparingTo("20000");
        var alteracoes =
                json(http.get("/v1/cartao/limites/rec-reprovado/historico")).path("alteracoes");
        var ultima = alteracoes.get(alteracoes.size() - 1);
        assertThat(ultima.path("causa").asString()).isEqualTo("EVENTO_INVESTIMENTO");
        assertThat(ultima.path("idEvento").asString())
                .isEqualTo(investimento.eventId().toString());
        assertThat(ultima.path("limiteNovo").decimalValue()).isEqualByComparingTo("20000");
        assertThat(ultima.path("versaoPolitica").asInt()).isEqualTo(2);
    }

    @Test
    void umaMensagemVenenosaVaiParaADlqEOProximoEventoBomEProcessado() {
        cartaoAprovadoCom5000("rec-2");
        DownstreamsDeTeste.regrasAprovam("7000.00");

        enviar("isto nao e um evento");
        enviar(evento("rec-2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> limiteAtual("rec-2").compareTo(new BigDecimal("7000")) == 0);
        List<Message> naDlq = receberDaDlq(Duration.ofSeconds(60));
        assertThat(naDlq).extracting(Message::body).contains("isto nao e um evento");
    }

    @Test
    void oRecalculoContinuaOTraceQueVeioNaMensagem() {
        cartaoAprovadoCom5000("rec-3");
        DownstreamsDeTeste.regrasAprovam("9000.00");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        sqs.sendMessage(r -> r.queueUrl(url(FILA))
                .messageBody(evento("rec-3"))
                .messageAttributes(Map.of(
                        "traceparent",
                        MessageAttributeValue.builder()
                                .dataType("String")
                                .stringValue("00-" + traceId + "-00f067aa0ba902b7-01")
                                .build())));

        await().atMost(Duration.ofSeconds(30)).until(() -> limiteAtual("rec-3").compareTo(new BigDecimal("9000")) == 0);
        assertThat(DownstreamsDeTeste.WIREMOCK.findAll(postRequestedFor(urlPathEqualTo(DownstreamsDeTeste.REGRAS))))
                .extracting(pedido -> pedido.getHeader("traceparent"))
                .anySatisfy(traceparent -> assertThat(traceparent).contains(traceId));
    }

    private void cartaoAprovadoCom5000(String idCliente) {
        assertThat(http.conceder(idCliente, "GOLD", null).statusCode()).isEqualTo(200);
        assertThat(limiteAtual(idCliente)).isEqualByComparingTo("5000");
    }

    private JsonNode statusCartao(String idCliente) {
        return json(http.get("/v1/cartao/status/" + idCliente));
    }

    private BigDecimal limiteAtual(String idCliente) {
        return json(http.get("/v1/cartao/status/" + idCliente))
                .path("limiteAtual")
                .decimalValue();
    }

    private static String evento(String idCliente) {
        return JSON.writeValueAsString(
                InvestimentoCriadoEvent.novo(idCliente, 98765L, "CDB", new BigDecimal("20000.00"), Instant.now()));
    }

    private static void enviar(String corpo) {
        sqs.sendMessage(r -> r.queueUrl(url(FILA)).messageBody(corpo));
    }

    private boolean filaVazia() {
        var atributos = sqs.getQueueAttributes(r -> r.queueUrl(url(FILA))
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return atributos.values().stream().allMatch("0"::equals);
    }

    private static List<Message> receberDaDlq(Duration limite) {
        return await().atMost(limite)
                .until(
                        () -> sqs.receiveMessage(r ->
                                        r.queueUrl(url(DLQ)).waitTimeSeconds(2).maxNumberOfMessages(10))
                                .messages(),
                        mensagens -> !mensagens.isEmpty());
    }

    private long contar(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String url(String fila) {
        return sqs.getQueueUrl(r -> r.queueName(fila)).queueUrl();
    }
}
