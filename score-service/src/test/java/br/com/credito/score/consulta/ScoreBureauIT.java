package br.com.credito.score.consulta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.bureau.ApiBureau;
import br.com.credito.bureau.FalhasDoBureau;
import br.com.credito.bureau.SimuladorBureau;
import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.security.Escopos;
import br.com.credito.score.TesteDeServico;
import br.com.credito.testsupport.RedisDeTeste;
import br.com.credito.testsupport.TokensDeTeste;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The resilience contract of issue 3, through HTTP, on real Redis and the bureau simulator. */
@TesteDeServico
class ScoreBureauIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = TokensDeTeste.valido(Escopos.SCORE_LER);
    private static final WireMockServer BUREAU = SimuladorBureau.compartilhado();

    @LocalServerPort
    int porta;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @Autowired
    CircuitBreakerRegistry circuitos;

    @Autowired
    RetryRegistry retries;

    @Autowired
    MeterRegistry metricas;

    @BeforeEach
    void estadoLimpo() {
        FalhasDoBureau.restaurar(BUREAU);
        circuito().reset();
        redis.delete(redis.keys("credito:*"));
    }

    @Test
    void scoreDoBureauEDepoisDoCacheComProcedencia() throws Exception {
        HttpResponse<String> primeira = consultar("12345");
        assertThat(primeira.statusCode()).isEqualTo(200);
        assertThat(primeira.body())
                .isEqualTo("{\"idCliente\":\"12345\",\"score\":750,\"ultimaAtualizacao\":\"2025-01-01T10:00:00Z\","
                        + "\"fonte\":\"BUREAU\",\"idadeSegundos\":0}");
        assertProcedencia(primeira, "BUREAU");

        HttpResponse<String> segunda = consultar("12345");
        assertThat(segunda.body()).contains("\"fonte\":\"CACHE\"");
        assertProcedencia(segunda, "CACHE");
        assertThat(chamadasAoBureau("12345")).isEqualTo(1);
        assertThat(metricas.get("credito.cache.leituras")
                        .tag("cache", "score")
                        .tag("resultado", "hit")
                        .counter()
                        .count())
                .isPositive();
        assertThat(metricas.get("http.client.requests")
                        .tag("uri", "/score-bureau/v1/scores/{idCliente}")
                        .timer()
                        .count())
                .isPositive();
        assertThat(metricas.get("resilience4j.circuitbreaker.state")
                        .tag("name", "score-bureau")
                        .gauges())
                .isNotEmpty();
    }

    @Test
    void retentaTresVezesComEsperasCrescentesQuandoOBureauResponde503() throws Exception {
        List<Duration> esperasPlanejadas = Collections.synchronizedList(new ArrayList<>());
        retries.retry("score-bureau").getEventPublisher().onRetry(e -> esperasPlanejadas.add(e.getWaitInterval()));
        FalhasDoBureau.responderComStatus(BUREAU, ApiBureau.SCORE, 503);

        assertProblema(consultar("900001"), 503, "SCORE_INDISPONIVEL");

        List<Long> intervalos = intervalosEntreChamadas();
        assertThat(intervalos).hasSize(3);
        assertThat(esperasPlanejadas).hasSize(3).isSorted();
        assertThat(esperasPlanejadas.get(0)).isBetween(Duration.ofMillis(80), Duration.ofMillis(120));
        assertThat(esperasPlanejadas.get(1)).isBetween(Duration.ofMillis(160), Duration.ofMillis(240));
        assertThat(esperasPlanejadas.get(2)).isBetween(Duration.ofMillis(320), Duration.ofMillis(480));
        // Measured gaps also carry each attempt's own time (large on a cold JVM), so they are bounded from below.
        for (int i = 0; i < 3; i++) {
            assertThat(intervalos.get(i))
                    .isGreaterThanOrEqualTo(esperasPlanejadas.get(i).toMillis() - 5);
        }
    }

    @Test
    void naoRetentaQuandoOBureauNaoConheceOCliente() throws Exception {
        assertProblema(consultar("40404"), 404, "CLIENTE_NAO_ENCONTRADO");

        assertThat(chamadasAoBureau("40404")).isEqualTo(1);
    }

    @Test
    void circuitoAbreNoLimiteNaoChamaOBureauEnquantoAbertoEFechaNaRecuperacao() throws Exception {
        FalhasDoBureau.responderComStatus(BUREAU, ApiBureau.SCORE, 500);
        assertProblema(consultar("900002"), 503, "SCORE_INDISPONIVEL");
        assertThat(circuito().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int chamadasAteAbrir = BUREAU.getAllServeEvents().size();

        assertProblema(consultar("900002"), 503, "SCORE_INDISPONIVEL");
        assertThat(BUREAU.getAllServeEvents()).hasSize(chamadasAteAbrir);

        FalhasDoBureau.restaurar(BUREAU);
        // Refused without a call while open (500 ms in tests); then a trial call reaches the bureau and closes it.
        await().atMost(Duration.ofSeconds(5)).until(() -> consultar("900002").statusCode() == 200);
        assertThat(circuito().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void travamentoDe5sECortadoEm2sENovaTentativaResponde() throws Exception {
        FalhasDoBureau.falharAsPrimeiras(
                BUREAU, ApiBureau.SCORE, 1, aResponse().withFixedDelay(5000).withBody("{}"));

        Instant inicio = Instant.now();
        HttpResponse<String> resposta = consultar("12345");
        Duration duracao = Duration.between(inicio, Instant.now());

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertProcedencia(resposta, "BUREAU");
        assertThat(duracao).isBetween(Duration.ofMillis(1900), Duration.ofMillis(4500));
        assertThat(chamadasAoBureau("12345")).isEqualTo(2);
    }

    @Test
    void bureauForaDoArComCopiaEmCacheRespondeACopiaExpiradaComSuaIdade() throws Exception {
        assertThat(consultar("12345").statusCode()).isEqualTo(200);
        envelhecerCache(Duration.ofHours(2));
        FalhasDoBureau.foraDoAr(BUREAU);

        HttpResponse<String> resposta = consultar("12345");

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body()).contains("\"score\":750", "\"fonte\":\"CACHE_EXPIRADO\"");
        assertThat(resposta.headers().firstValue("X-Fonte-Dados")).contains("CACHE_EXPIRADO");
        assertThat(Long.parseLong(resposta.headers().firstValue("Age").orElseThrow()))
                .isBetween(7200L, 7260L);
    }

    @Test
    void cinquentaPedidosSimultaneosDeUmClienteSemCacheFazemUmaChamada() throws Exception {
        FalhasDoBureau.atrasar(BUREAU, Duration.ofMillis(300));
        CountDownLatch largada = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> respostas = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                respostas.add(executor.submit(() -> {
                    largada.await();
                    return consultar("900050");
                }));
            }
            largada.countDown();
            for (var resposta : respostas) {
                assertThat(resposta.get().statusCode()).isEqualTo(200);
            }
        }
        assertThat(chamadasAoBureau("900050")).isEqualTo(1);
    }

    @Test
    void copiaMaisVelhaQueOTtlLevaANovaChamadaAoBureau() throws Exception {
        consultar("12345");
        assertProcedencia(consultar("12345"), "CACHE");

        envelhecerCache(Duration.ofMinutes(61));

        assertProcedencia(consultar("12345"), "BUREAU");
        assertThat(chamadasAoBureau("12345")).isEqualTo(2);
    }

    @Test
    void redisForaDoArCustaSoOCacheENaoAtrasaAResposta() throws Exception {
        consultar("33333"); // warm path: the first request of a cold JVM alone can take seconds
        RedisDeTeste.parar();
        try {
            Instant inicio = Instant.now();
            HttpResponse<String> resposta = consultar("12345");

            assertThat(resposta.statusCode()).isEqualTo(200);
            assertProcedencia(resposta, "BUREAU");
            // With commands queued until the (test) 3 s timeout this would take several seconds.
            assertThat(Duration.between(inicio, Instant.now())).isLessThan(Duration.ofSeconds(2));
        } finally {
            RedisDeTeste.porta();
            aguardarRedis();
        }
    }

    /**
     * Concessão's warm-up decides for synthetic clients through this endpoint: answered from synthetic data, through
     * the resilience decorators like any client's, never sent to the bureau (it bills every call) and never cached.
     */
    @Test
    void clienteSinteticoDoAquecimentoRespondeSemChamarOBureau() throws Exception {
        String sintetico = ClienteSintetico.id(3);
        HttpResponse<String> primeira = consultar(sintetico);
        assertThat(primeira.statusCode()).isEqualTo(200);
        assertThat(primeira.body()).contains("\"idCliente\":\"" + sintetico + "\"", "\"score\":735");
        assertProcedencia(primeira, "BUREAU");
        assertProcedencia(consultar(sintetico), "BUREAU"); // never cached: each read takes a new client's path

        assertThat(BUREAU.getAllServeEvents()).isEmpty();
        assertThat(redis.keys("credito:score:*")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc_def", "1234567890123456789012345678901234567", "12%2034", "%C3%A9"})
    void idClienteInvalidoResponde400SemChamarOBureau(String idCliente) throws Exception {
        assertProblema(consultar(idCliente), 400, "DADOS_INVALIDOS");

        assertThat(BUREAU.findAll(getRequestedFor(urlPathMatching("/score-bureau/.*"))))
                .isEmpty();
    }

    private HttpResponse<String> consultar(String idCliente) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + porta + "/v1/score/" + idCliente))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Moves every stored copy's "fetched at" back in time, as if it had been cached that long ago. */
    private void envelhecerCache(Duration quanto) {
        for (String chave : redis.keys("credito:score:*")) {
            ObjectNode entrada = (ObjectNode) json.readTree(redis.opsForValue().get(chave));
            Instant obtidoEm = Instant.parse(entrada.get("obtidoEm").asString());
            entrada.put("obtidoEm", obtidoEm.minus(quanto).toString());
            redis.opsForValue().set(chave, json.writeValueAsString(entrada));
        }
    }

    private List<Long> intervalosEntreChamadas() {
        List<Long> instantes = BUREAU.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(r -> r.getLoggedDate().getTime())
                .sorted()
                .toList();
        List<Long> intervalos = new ArrayList<>();
        for (int i = 1; i < instantes.size(); i++) {
            intervalos.add(instantes.get(i) - instantes.get(i - 1));
        }
        return intervalos;
    }

    /** Lettuce reconnects in the background; later tests need the cache back. */
    private void aguardarRedis() {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> redis.hasKey("aguardando"));
    }

    private int chamadasAoBureau(String idCliente) {
        return BUREAU.findAll(getRequestedFor(urlPathEqualTo("/score-bureau/v1/scores/" + idCliente)))
                .size();
    }

    private CircuitBreaker circuito() {
        return circuitos.circuitBreaker("score-bureau");
    }

    private static void assertProcedencia(HttpResponse<String> resposta, String fonte) {
        assertThat(resposta.headers().firstValue("X-Fonte-Dados")).contains(fonte);
        assertThat(resposta.headers().firstValue("Age")).isPresent();
    }

    private static void assertProblema(HttpResponse<String> resposta, int status, String codigo) {
        assertThat(resposta.statusCode()).isEqualTo(status);
        assertThat(resposta.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(resposta.body()).contains("\"codigo\":\"" + codigo + "\"");
    }
}
