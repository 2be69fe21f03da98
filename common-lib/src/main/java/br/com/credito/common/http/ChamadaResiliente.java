package br.com.credito.common.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Retry( CircuitBreaker( Bulkhead( call ))) for one downstream, the order of Resilience4j's own aspects: the one way
 * an outbound adapter decorates its calls (docs/chamadas-de-saida.md). In code rather than annotations so that the
 * adapter turns any failure into a domain value or a 503 in the same method, outside the decoration (a fallback inside
 * would hide failures from the retry and the breaker), and so that an interruption by the caller's deadline stops a
 * call still retrying, with no proxy and no aspect weaving involved.
 */
public record ChamadaResiliente(Retry retry, CircuitBreaker circuitBreaker, Bulkhead bulkhead) {

    private static final Logger log = LoggerFactory.getLogger(ChamadaResiliente.class);

    /** The instances named {@code instancia} in the YAML ({@code resilience4j.retry.instances.<instancia>} ...). */
    public static ChamadaResiliente de(
            String instancia, RetryRegistry retries, CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads) {
        return new ChamadaResiliente(
                retries.retry(instancia), breakers.circuitBreaker(instancia), bulkheads.bulkhead(instancia));
    }

    /** How many calls the bulkhead lets through at once: the size of the connection pool, so the bulkhead refuses. */
    public int maxChamadasSimultaneas() {
        return bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
    }

    public <T> T executar(Supplier<T> chamada) {
        Supplier<T> decorada = Bulkhead.decorateSupplier(bulkhead, chamada);
        decorada = CircuitBreaker.decorateSupplier(circuitBreaker, decorada);
        return Retry.decorateSupplier(retry, decorada).get();
    }

    /**
     * For an input the caller can do without: any failure that survives the decoration (5xx, timeout, open circuit,
     * full bulkhead, an interruption by the caller's deadline) becomes the explicit unavailable value.
     */
    public <T> T executarOu(Supplier<T> chamada, Supplier<T> seIndisponivel) {
        try {
            return executar(chamada);
        } catch (RuntimeException e) {
            log.warn("{} indisponivel: {}", retry.getName(), e.getClass().getSimpleName());
            return seIndisponivel.get();
        }
    }

    /**
     * A read whose 404 means "nothing there": empty, counted as a success by the breaker and never retried. An answer
     * without a body is a failure of the dependency (retried and counted like a 5xx would be by the YAML's rules).
     */
    public <T> Optional<T> buscar(Supplier<T> leitura) {
        return executar(() -> ouSeNaoEncontrado(() -> Optional.of(comCorpo(leitura.get())), Optional::empty));
    }

    private <T> T comCorpo(T corpo) {
        if (corpo == null) {
            throw new RestClientException(retry.getName() + " respondeu sem corpo");
        }
        return corpo;
    }

    /** A 404 is an answer, not a failure: mapped inside the decoration so the breaker counts it as a success. */
    public static <T> T ouSeNaoEncontrado(Supplier<T> chamada, Supplier<T> naoEncontrado) {
        try {
            return chamada.get();
        } catch (HttpClientErrorException.NotFound e) {
            return naoEncontrado.get();
        }
    }
}
