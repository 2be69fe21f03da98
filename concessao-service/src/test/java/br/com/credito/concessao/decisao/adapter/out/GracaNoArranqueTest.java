package br.com.credito.concessao.decisao.adapter.out;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aquecimento.GracaDosDisjuntores;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.http.ConexoesHttp;
import br.com.credito.common.http.Destino;
import br.com.credito.concessao.decisao.adapter.out.score.ScoreHttpClient;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Issue 14 with real HTTP and the production breaker and read timeout read from application.yml: a downstream that
 * is slow because it (or we) just started does not open the breaker during the start-up grace (and would without
 * it), a call slow but within the read timeout never counts as slow, and a sick downstream still opens the breaker
 * once the grace is over. Retries are
 * left out (one attempt per call) so that each decision is one call in the window.
 */
class GracaNoArranqueTest {

    private static final Properties YAML = yaml();
    private static final Duration READ_TIMEOUT = duracao("concessao.downstreams.score.read-timeout");

    @RegisterExtension
    static final WireMockExtension wiremock = ResilienciaDeTeste.wiremock();

    private final CircuitBreakerRegistry disjuntores = CircuitBreakerRegistry.of(configDeProducao());
    private final GracaDosDisjuntores graca = new GracaDosDisjuntores(disjuntores, Duration.ofSeconds(30));
    private ScoreHttpClient cliente;

    @BeforeEach
    void preparar() {
        var umaTentativa = Retry.of("score", RetryConfig.custom().maxAttempts(1).build());
        var resiliencia = new ChamadaResiliente(
                umaTentativa,
                disjuntores.circuitBreaker("score"),
                Bulkhead.of("s", BulkheadConfig.custom().maxConcurrentCalls(10).build()));
        var destino = new Destino(URI.create(wiremock.baseUrl()), Duration.ofMillis(200), READ_TIMEOUT);
        var http = RestClientDeDownstream.ajuste((pedido, corpo, execucao) -> execucao.execute(pedido, corpo))
                .apply(ConexoesHttp.para(RestClient.builder(), destino, resiliencia))
                .build();
        cliente = new ScoreHttpClient(http, resiliencia);
    }

    @Test
    void semGracaUmDownstreamFrioAbririaODisjuntor() {
        responder(okJson("{\"score\":750}").withFixedDelay(frio()));

        consultar(minimoDeChamadas());

        assertThat(disjuntor().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void naGracaUmDownstreamFrioNaoAbreEDepoisAJanelaComecaLimpa() {
        graca.iniciar();
        responder(okJson("{\"score\":750}").withFixedDelay(frio()));

        int chamadas = minimoDeChamadas() + 2;
        assertThat(consultar(chamadas)).allMatch(s -> s.equals(ScoreCliente.indisponivel()));
        // Every call reached the downstream (none refused), each cut by the read timeout and counted.
        wiremock.verify(chamadas, getRequestedFor(urlPathMatching("/v1/score/.*")));
        assertThat(disjuntor().getState()).isEqualTo(CircuitBreaker.State.METRICS_ONLY);
        assertThat(disjuntor().getMetrics().getNumberOfFailedCalls()).isEqualTo(chamadas);

        graca.encerrar();

        assertThat(disjuntor().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(disjuntor().getMetrics().getNumberOfBufferedCalls()).isZero();
    }

    /**
     * Recorded with explicit durations rather than WireMock delays: on a loaded 2-core machine a 200 ms stub may take
     * longer than the read timeout, and the point here is the threshold, not the machine.
     */
    @Test
    void lentoMasDentroDoReadTimeoutNaoContaComoLento() {
        CircuitBreaker disjuntor = disjuntor();
        long quaseNoLimite = READ_TIMEOUT.toMillis() - 1;

        for (int i = 0; i < minimoDeChamadas() * 2; i++) {
            assertThat(disjuntor.tryAcquirePermission()).isTrue();
            disjuntor.onSuccess(quaseNoLimite, TimeUnit.MILLISECONDS);
        }

        assertThat(disjuntor.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(disjuntor.getMetrics().getNumberOfSlowCalls()).isZero();
    }

    @Test
    void depoisDaGracaUmDownstreamDoenteAindaAbre() {
        graca.iniciar();
        graca.encerrar();
        responder(aResponse().withStatus(503));

        consultar(minimoDeChamadas());
        assertThat(disjuntor().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        wiremock.resetRequests();
        assertThat(cliente.consultar("12345")).isEqualTo(ScoreCliente.indisponivel());
        wiremock.verify(0, getRequestedFor(urlPathMatching("/v1/score/.*")));
    }

    private java.util.List<ScoreCliente> consultar(int vezes) {
        return IntStream.range(0, vezes)
                .mapToObj(i -> cliente.consultar("12345"))
                .toList();
    }

    private CircuitBreaker disjuntor() {
        return disjuntores.circuitBreaker("score");
    }

    private static void responder(ResponseDefinitionBuilder resposta) {
        wiremock.stubFor(get(urlPathMatching("/v1/score/.*")).willReturn(resposta));
    }

    /** A cold downstream: slower than the read timeout. */
    private static int frio() {
        return (int) READ_TIMEOUT.toMillis() + 200;
    }

    private static int minimoDeChamadas() {
        return Integer.parseInt(YAML.getProperty(BREAKER + "minimum-number-of-calls"));
    }

    private static final String BREAKER = "resilience4j.circuitbreaker.configs.downstream.";

    private static CircuitBreakerConfig configDeProducao() {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.valueOf(
                        YAML.getProperty(BREAKER + "sliding-window-type")))
                .slidingWindowSize(Integer.parseInt(YAML.getProperty(BREAKER + "sliding-window-size")))
                .minimumNumberOfCalls(minimoDeChamadas())
                .failureRateThreshold(Float.parseFloat(YAML.getProperty(BREAKER + "failure-rate-threshold")))
                .slowCallDurationThreshold(duracao(BREAKER + "slow-call-duration-threshold"))
                .slowCallRateThreshold(Float.parseFloat(YAML.getProperty(BREAKER + "slow-call-rate-threshold")))
                .waitDurationInOpenState(duracao(BREAKER + "wait-duration-in-open-state"))
                .recordExceptions(HttpServerErrorException.class, ResourceAccessException.class)
                .build();
    }

    private static Properties yaml() {
        var fabrica = new YamlPropertiesFactoryBean();
        fabrica.setResources(new ClassPathResource("application.yml"));
        return fabrica.getObject();
    }

    /** A value or the default of its {@code ${VARIABLE:default}} placeholder. */
    private static Duration duracao(String chave) {
        String valor = YAML.getProperty(chave).replaceAll("^\\$\\{[^:}]+:(.*)}$", "$1");
        return DurationStyle.detectAndParse(valor);
    }
}
