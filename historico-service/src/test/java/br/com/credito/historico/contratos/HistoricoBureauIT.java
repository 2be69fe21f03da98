package br.com.credito.historico.contratos;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.bureau.ApiBureau;
import br.com.credito.bureau.FalhasDoBureau;
import br.com.credito.bureau.SimuladorBureau;
import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.security.Escopos;
import br.com.credito.historico.TesteDeServico;
import br.com.credito.testsupport.TokensDeTeste;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Issue 3's resilience contract for the history bureau, through HTTP, on real Redis and the simulator. */
@TesteDeServico
class HistoricoBureauIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = TokensDeTeste.valido(Escopos.HISTORICO_LER);
    private static final WireMockServer BUREAU = SimuladorBureau.compartilhado();

    @LocalServerPort
    int porta;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    CircuitBreakerRegistry circuitos;

    @BeforeEach
    void estadoLimpo() {
        FalhasDoBureau.restaurar(BUREAU);
        circuito().reset();
        redis.delete(redis.keys("credito:*"));
    }

    /**
     * Concessão's warm-up decides for synthetic clients through this endpoint: answered from synthetic data, through
     * the resilience decorators like any client's, never sent to the bureau (it bills every call) and never cached.
     */
    @Test
    void clienteSinteticoDoAquecimentoRespondeSemChamarOBureau() throws Exception {
        HttpResponse<String> primeira = contratos(ClienteSintetico.id(3));
        assertThat(primeira.statusCode()).isEqualTo(200);
        assertThat(primeira.body()).contains("\"idContrato\":\"AQUECIMENTO-1\"", "\"inadimplente\":false");
        assertThat(primeira.headers().firstValue("X-Fonte-Dados")).contains("BUREAU");
        assertThat(contratos(ClienteSintetico.id(3)).headers().firstValue("X-Fonte-Dados"))
                .contains("BUREAU"); // never cached: each read takes a new client's path

        assertThat(chamadasAoBureau()).isZero();
        assertThat(redis.keys("credito:*")).isEmpty();
    }

    @Test
    void contratosDoClienteDoSeedComProcedencia() throws Exception {
        HttpResponse<String> resposta = contratos("12345");

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body())
                .isEqualTo("[{\"idContrato\":\"CT-1001\",\"tipoProduto\":\"Emprestimo\",\"valorContratado\":5000.00,"
                        + "\"saldoAberto\":2500.00,\"diasEmAtraso\":0,\"inadimplente\":false},"
                        + "{\"idContrato\":\"CT-1002\",\"tipoProduto\":\"Financiamento\",\"valorContratado\":20000.00,"
                        + "\"saldoAberto\":15000.00,\"diasEmAtraso\":0,\"inadimplente\":false}]");
        assertThat(resposta.headers().firstValue("X-Fonte-Dados")).contains("BUREAU");
        assertThat(resposta.headers().firstValue("Age")).contains("0");
        assertThat(contratos("12345").headers().firstValue("X-Fonte-Dados")).contains("CACHE");
        assertThat(chamadasAoBureau()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "33333,200,[]",
        "11111,200,\"diasEmAtraso\":120,\"inadimplente\":true",
        "40404,404,CLIENTE_NAO_ENCONTRADO"
    })
    void cadaCaminhoDaPoliticaTemSuaRespostaENenhumaRetentativa(String idCliente, int status, String trecho)
            throws Exception {
        HttpResponse<String> resposta = contratos(idCliente);

        assertThat(resposta.statusCode()).isEqualTo(status);
        assertThat(resposta.body()).contains(trecho);
        assertThat(chamadasAoBureau()).isEqualTo(1);
    }

    @Test
    void bureauComErro503EsgotaAsTresRetentativasEResponde503() throws Exception {
        FalhasDoBureau.responderComStatus(BUREAU, ApiBureau.HISTORICO, 503);

        HttpResponse<String> resposta = contratos("900001");

        assertThat(resposta.statusCode()).isEqualTo(503);
        assertThat(resposta.body()).contains("\"codigo\":\"HISTORICO_INDISPONIVEL\"");
        assertThat(chamadasAoBureau()).isEqualTo(4);
    }

    @Test
    void circuitoAbertoNaoChamaOBureauEFechaQuandoEleVolta() throws Exception {
        FalhasDoBureau.resetarConexao(BUREAU, ApiBureau.HISTORICO);
        contratos("900002");
        assertThat(circuito().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThat(contratos("900002").statusCode()).isEqualTo(503);
        assertThat(chamadasAoBureau()).isEqualTo(4);

        FalhasDoBureau.restaurar(BUREAU);
        // A connection the reset left in the client's pool can fail the first half-open trial and re-open the
        // circuit once more; what must hold is that it closes by itself soon after the bureau is back.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(600))
                .until(() -> contratos("900002").statusCode() == 200);
        assertThat(circuito().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void travamentoDe5sECortadoEm2s() throws Exception {
        FalhasDoBureau.falharAsPrimeiras(
                BUREAU, ApiBureau.HISTORICO, 1, aResponse().withFixedDelay(5000).withBody("{}"));

        Instant inicio = Instant.now();
        assertThat(contratos("12345").statusCode()).isEqualTo(200);

        assertThat(Duration.between(inicio, Instant.now())).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4500));
    }

    @Test
    void bureauForaDoArServeACopiaExpiradaEAExpiracaoDoTtlChamaOBureauDeNovo() throws Exception {
        contratos("12345");
        envelhecerCache(Duration.ofMinutes(61));
        assertThat(contratos("12345").headers().firstValue("X-Fonte-Dados")).contains("BUREAU");
        assertThat(chamadasAoBureau()).isEqualTo(2);

        envelhecerCache(Duration.ofDays(1));
        FalhasDoBureau.foraDoAr(BUREAU);
        HttpResponse<String> resposta = contratos("12345");

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body()).contains("CT-1001");
        assertThat(resposta.headers().firstValue("X-Fonte-Dados")).contains("CACHE_EXPIRADO");
        assertThat(Long.parseLong(resposta.headers().firstValue("Age").orElseThrow()))
                .isBetween(86_400L, 86_460L);
    }

    @Test
    void cinquentaPedidosSimultaneosFazemUmaChamada() throws Exception {
        FalhasDoBureau.atrasar(BUREAU, Duration.ofMillis(300));
        CountDownLatch largada = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var pedidos = IntStream.range(0, 50)
                    .mapToObj(i -> executor.submit(() -> {
                        largada.await();
                        return contratos("900050").statusCode();
                    }))
                    .toList();
            largada.countDown();
            for (var pedido : pedidos) {
                assertThat(pedido.get()).isEqualTo(200);
            }
        }
        assertThat(chamadasAoBureau()).isEqualTo(1);
    }

    @Test
    void idClienteInvalidoResponde400SemChamarOBureau() throws Exception {
        for (String invalido : List.of("abc_def", "x".repeat(37), "12%2034")) {
            HttpResponse<String> resposta = contratos(invalido);
            assertThat(resposta.statusCode()).isEqualTo(400);
            assertThat(resposta.body()).contains("\"codigo\":\"DADOS_INVALIDOS\"");
        }
        assertThat(chamadasAoBureau()).isZero();
    }

    private HttpResponse<String> contratos(String idCliente) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + porta + "/v1/historico/contratos/" + idCliente);
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** As if every stored copy had been fetched {@code quanto} earlier. */
    private void envelhecerCache(Duration quanto) {
        redis.keys("credito:historico:*").forEach(chave -> {
            ObjectNode entrada = (ObjectNode) json.readTree(redis.opsForValue().get(chave));
            entrada.put(
                    "obtidoEm",
                    Instant.parse(entrada.get("obtidoEm").asString())
                            .minus(quanto)
                            .toString());
            redis.opsForValue().set(chave, json.writeValueAsString(entrada));
        });
    }

    private int chamadasAoBureau() {
        return BUREAU.findAll(getRequestedFor(urlPathMatching("/historico-bureau/.*")))
                .size();
    }

    private CircuitBreaker circuito() {
        return circuitos.circuitBreaker("historico-bureau");
    }
}
