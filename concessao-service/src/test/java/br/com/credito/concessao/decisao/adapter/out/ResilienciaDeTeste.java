package br.com.credito.concessao.decisao.adapter.out;

import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.http.ConexoesHttp;
import br.com.credito.common.http.Destino;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Duration;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The adapters' resilience with the same semantics as application.yml (retry only 5xx/IO, never 4xx or an open
 * circuit; the breaker ignores 4xx), small numbers so the tests are quick: 2 attempts, 4 calls open the circuit. The 2 s read timeout
 * leaves room for a cold JVM on a loaded machine, so that retry counts are not disturbed by warm-up.
 */
public final class ResilienciaDeTeste {

    private ResilienciaDeTeste() {}

    /** A loopback WireMock for one test class, reset before each test. */
    public static WireMockExtension wiremock() {
        return WireMockExtension.newInstance()
                .options(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort())
                .build();
    }

    public static RestClient restClient(WireMockExtension servidor) {
        var destino = new Destino(URI.create(servidor.baseUrl()), Duration.ofMillis(200), Duration.ofSeconds(2));
        return RestClientDeDownstream.ajuste((pedido, corpo, execucao) -> {
                    pedido.getHeaders().setBearerAuth("token-de-servico");
                    return execucao.execute(pedido, corpo);
                })
                .apply(ConexoesHttp.para(RestClient.builder(), destino, chamada("pool")))
                .build();
    }

    public static ChamadaResiliente chamada(String nome) {
        var retry = Retry.of(
                nome,
                RetryConfig.custom()
                        .maxAttempts(2)
                        .waitDuration(Duration.ofMillis(10))
                        .retryExceptions(HttpServerErrorException.class, ResourceAccessException.class)
                        .ignoreExceptions(HttpClientErrorException.class, CallNotPermittedException.class)
                        .build());
        var breaker = CircuitBreaker.of(
                nome,
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(4)
                        .minimumNumberOfCalls(4)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofMinutes(1))
                        .recordExceptions(HttpServerErrorException.class, ResourceAccessException.class)
                        .ignoreExceptions(HttpClientErrorException.class)
                        .build());
        return new ChamadaResiliente(retry, breaker, Bulkhead.ofDefaults(nome));
    }
}
