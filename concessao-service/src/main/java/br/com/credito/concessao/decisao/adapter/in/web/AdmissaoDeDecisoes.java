package br.com.credito.concessao.decisao.adapter.in.web;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Admission control of the decisions (issue 14): at most {@code resilience4j.bulkhead.instances.decisao
 * .max-concurrent-calls} decisions run at once; the next ones wait in line, parked and costing no CPU, for at most
 * {@code max-wait-duration}, and only then are refused with a 503 and Retry-After. Without it, an instance short of CPU
 * (a cold JVM, a neighbour restarting) took every request at once: hundreds of decisions in flight shared the two cores,
 * each transaction waited seconds between its statements for its thread to run again, all pooled connections stayed
 * "idle in transaction", and the next decisions failed on the pool's 2 s acquire timeout (BANCO_INDISPONIVEL) although
 * the database was idle. With the line in front of the fan-out, an overloaded instance answers later instead of
 * failing. A Resilience4j semaphore bulkhead (fair, FIFO) rather than a hand-written semaphore: configured in the
 * YAML like the outbound ones, and its metrics ({@code resilience4j_bulkhead_available_concurrent_calls}) come free.
 */
@Component
class AdmissaoDeDecisoes {

    static final String INSTANCIA = "decisao";

    private final Bulkhead fila;

    AdmissaoDeDecisoes(BulkheadRegistry bulkheads) {
        this.fila = bulkheads.bulkhead(INSTANCIA);
    }

    /** Runs the decision once admitted; throws {@link AdmissaoRecusadaException} if the wait ran out first. */
    <T> T admitir(Supplier<T> decisao) {
        try {
            fila.acquirePermission();
        } catch (BulkheadFullException e) {
            throw new AdmissaoRecusadaException();
        }
        try {
            return decisao.get();
        } finally {
            fila.onComplete();
        }
    }

    /** Every decision slot was taken for the whole wait: nothing was decided or stored. */
    static final class AdmissaoRecusadaException extends RuntimeException {
        AdmissaoRecusadaException() {
            super("decisoes simultaneas no limite", null, false, false);
        }
    }
}
