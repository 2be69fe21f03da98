package br.com.credito.concessao.decisao.adapter.out;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Retry( CircuitBreaker( Bulkhead( call ))) for one downstream, the order of Resilience4j's own aspects. Built
 * programmatically rather than with annotations so that the adapter can turn any failure into a domain value in the
 * same method, outside the decoration (a fallback inside would hide failures from the retry and the breaker).
 */
public final class ChamadaResiliente {

    private static final Logger log = LoggerFactory.getLogger(ChamadaResiliente.class);

    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;

    public ChamadaResiliente(Retry retry, CircuitBreaker circuitBreaker, Bulkhead bulkhead) {
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        this.bulkhead = bulkhead;
    }

    /** The instances named {@code instancia} in the YAML ({@code resilience4j.retry.instances.<instancia>} ...). */
    public static ChamadaResiliente de(
            String instancia, RetryRegistry retries, CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads) {
        return new ChamadaResiliente(
                retries.retry(instancia), breakers.circuitBreaker(instancia), bulkheads.bulkhead(instancia));
    }

    public <T> T executar(Supplier<T> chamada) {
        Supplier<T> decorada = Bulkhead.decorateSupplier(bulkhead, chamada);
        decorada = CircuitBreaker.decorateSupplier(circuitBreaker, decorada);
        return Retry.decorateSupplier(retry, decorada).get();
    }

    /**
     * For an input the decision can do without: any failure that survives the decoration (5xx, timeout, open circuit,
     * full bulkhead, an interruption by the decision's deadline) becomes the explicit unavailable value.
     */
    public <T> T executarOu(Supplier<T> chamada, Supplier<T> seIndisponivel) {
        try {
            return executar(chamada);
        } catch (RuntimeException e) {
            log.warn("{} indisponivel: {}", retry.getName(), e.getClass().getSimpleName());
            return seIndisponivel.get();
        }
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
