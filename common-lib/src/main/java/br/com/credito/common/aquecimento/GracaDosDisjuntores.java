package br.com.credito.common.aquecimento;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;

/**
 * Start-up grace of the circuit breakers: from the start until {@code graca-dos-disjuntores} after the first call
 * the instance makes once it reported ready, every breaker of the service only records (Resilience4j's METRICS_ONLY state: calls always go
 * through, metrics and events are kept); then each one closes, which also empties its window, so the slow calls of
 * our own cold JVM never count. A sick dependency still opens the breaker: right after the grace, with the window's
 * usual minimum of calls. During the grace a sick dependency costs latency, not answers: each call is still cut by
 * the client's read timeout and each decision by its deadline, and the caller falls back as it would with an open
 * breaker.
 *
 * <p>Chosen over a larger {@code minimumNumberOfCalls} (at 20-600 calls/s any minimum a 30 s window can use is reached
 * within seconds of a cold start) and over a higher slow-call threshold (a call slower than the read timeout is a
 * time-out, a failure, whatever the threshold; the threshold already sits at the read timeout, the share of the
 * decision deadline each call may take). A breaker an operator forced open or disabled is left as it is.
 */
public final class GracaDosDisjuntores {

    private static final Logger log = LoggerFactory.getLogger(GracaDosDisjuntores.class);

    private final CircuitBreakerRegistry disjuntores;
    private final Duration graca;
    private final AtomicBoolean emGraca = new AtomicBoolean();
    private final AtomicBoolean pronto = new AtomicBoolean();
    private final AtomicBoolean encerramentoAgendado = new AtomicBoolean();

    public GracaDosDisjuntores(CircuitBreakerRegistry disjuntores, Duration graca) {
        this.disjuntores = disjuntores;
        this.graca = graca;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void iniciar() {
        if (graca.isZero() || graca.isNegative()) {
            return;
        }
        emGraca.set(true);
        disjuntores.getAllCircuitBreakers().forEach(GracaDosDisjuntores::soRegistrar);
        // Breakers created later (on first use) join the grace while it lasts.
        disjuntores.getEventPublisher().onEntryAdded(e -> {
            if (emGraca.get()) {
                soRegistrar(e.getAddedEntry());
            }
        });
    }

    /**
     * The clock starts at the first call after readiness, not at readiness itself: traffic comes only once the load
     * balancer saw enough healthy checks (locally, once the slowest service of the stack is ready), and it is the
     * first traffic that a cold JVM serves slowly.
     */
    @EventListener
    public void aoMudarProntidao(AvailabilityChangeEvent<ReadinessState> evento) {
        if (evento.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && emGraca.get()
                && pronto.compareAndSet(false, true)) {
            disjuntores.getAllCircuitBreakers().forEach(this::iniciarRelogioNaPrimeiraChamada);
            disjuntores.getEventPublisher().onEntryAdded(e -> iniciarRelogioNaPrimeiraChamada(e.getAddedEntry()));
        }
    }

    private void iniciarRelogioNaPrimeiraChamada(CircuitBreaker disjuntor) {
        disjuntor.getEventPublisher().onEvent(evento -> {
            if (emGraca.get() && encerramentoAgendado.compareAndSet(false, true)) {
                Thread.ofVirtual().name("graca-disjuntores").start(this::aguardarEEncerrar);
            }
        });
    }

    private void aguardarEEncerrar() {
        try {
            Thread.sleep(graca);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        encerrar();
    }

    /** Closes every breaker still in grace; its window starts empty. */
    public void encerrar() {
        if (emGraca.compareAndSet(true, false)) {
            disjuntores.getAllCircuitBreakers().stream()
                    .filter(d -> d.getState() == CircuitBreaker.State.METRICS_ONLY)
                    .forEach(CircuitBreaker::transitionToClosedState);
            log.info("Fim da graca de partida dos disjuntores ({})", graca);
        }
    }

    public boolean emGraca() {
        return emGraca.get();
    }

    private static void soRegistrar(CircuitBreaker disjuntor) {
        if (disjuntor.getState() == CircuitBreaker.State.CLOSED) {
            disjuntor.transitionToMetricsOnlyState();
        }
    }
}
