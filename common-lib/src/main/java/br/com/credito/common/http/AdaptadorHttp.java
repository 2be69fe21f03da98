package br.com.credito.common.http;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What every outbound HTTP adapter is made of (docs/chamadas-de-saida.md): its downstream's RestClient, built on Boot's
 * builder, and the resilience of the YAML instance named after that downstream. A subclass implements its port and
 * owns its wire records, the mapping and the translation of failures.
 */
public abstract class AdaptadorHttp {

    private static final Logger log = LoggerFactory.getLogger(AdaptadorHttp.class);

    protected final RestClient http;
    protected final ChamadaResiliente resiliencia;

    protected AdaptadorHttp(RestClient http, ChamadaResiliente resiliencia) {
        this.http = http;
        this.resiliencia = resiliencia;
    }

    /** A GET of one resource into {@code tipo}, decorated, where a 404 is empty ({@link ChamadaResiliente#buscar}). */
    protected <R> Optional<R> buscar(Class<R> tipo, String uri, Object... variaveis) {
        return resiliencia.buscar(
                () -> http.get().uri(uri, variaveis).retrieve().body(tipo));
    }

    /**
     * Warm-up (issue 14): one GET through this adapter's client to {@code sonda}, an address outside its downstream
     * (the instance's own liveness probe), its JSON answer read. The pool, the interceptors, the observation and the
     * message converters run as on a real call, so the first real one does not pay for them; the downstream sees
     * nothing (a bureau bills every call) and no breaker, retry or bulkhead counts it.
     */
    public void aquecerCliente(URI sonda) {
        http.get().uri(sonda).retrieve().body(Map.class);
    }

    /**
     * The HTTP adapter behind a port, for its warm-up: configuration and warm-up beans name ports only (the services'
     * ArchUnit rule), so this is where the two meet. Fails for anything else, so a warm-up never passes as a no-op.
     */
    public static AdaptadorHttp de(Object porta) {
        if (porta instanceof AdaptadorHttp adaptador) {
            return adaptador;
        }
        throw new IllegalArgumentException(porta.getClass().getSimpleName() + " nao e um adaptador HTTP");
    }

    /**
     * For a dependency the caller cannot do without: every way it can fail (open circuit, full bulkhead, HTTP or I/O
     * error, an answer that cannot be mapped) becomes one 503 with {@code codigo}, which the caller can act on.
     */
    protected <T> T ouIndisponivel(String codigo, String detalhe, Supplier<T> consulta) {
        try {
            return consulta.get();
        } catch (CallNotPermittedException | BulkheadFullException | RestClientException | IllegalArgumentException e) {
            log.warn("{}: {}", codigo, e.getClass().getSimpleName());
            throw new ProblemaException(TipoProblema.SERVICO_INDISPONIVEL, codigo, detalhe, e);
        }
    }
}
