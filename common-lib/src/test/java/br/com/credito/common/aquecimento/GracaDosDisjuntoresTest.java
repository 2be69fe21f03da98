package br.com.credito.common.aquecimento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/** The grace's state machine; the same with real HTTP and the production thresholds is tested in concessao. */
class GracaDosDisjuntoresTest {

    private final CircuitBreakerRegistry registro = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(4)
            .failureRateThreshold(50)
            .build());
    private final GracaDosDisjuntores graca = new GracaDosDisjuntores(registro, Duration.ofSeconds(30));

    private static void falhar(CircuitBreaker disjuntor, int vezes) {
        for (int i = 0; i < vezes; i++) {
            if (disjuntor.tryAcquirePermission()) {
                disjuntor.onError(1, TimeUnit.MILLISECONDS, new IOException("frio"));
            }
        }
    }

    @Test
    void naGracaRegistraMasNaoAbreEAoFimFechaComAJanelaVazia() {
        CircuitBreaker disjuntor = registro.circuitBreaker("score");
        graca.iniciar();

        falhar(disjuntor, 8);

        assertThat(disjuntor.getState()).isEqualTo(CircuitBreaker.State.METRICS_ONLY);
        assertThat(disjuntor.getMetrics().getNumberOfFailedCalls()).isEqualTo(8);
        assertThat(disjuntor.tryAcquirePermission()).isTrue();

        graca.encerrar();

        assertThat(disjuntor.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(disjuntor.getMetrics().getNumberOfBufferedCalls()).isZero();
        assertThat(graca.emGraca()).isFalse();
    }

    @Test
    void depoisDaGracaUmaDependenciaDoenteAindaAbre() {
        CircuitBreaker disjuntor = registro.circuitBreaker("score");
        graca.iniciar();
        graca.encerrar();

        falhar(disjuntor, 4);

        assertThat(disjuntor.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void umDisjuntorCriadoDuranteAGracaEntraNelaEUmForcadoFicaComoEsta() {
        CircuitBreaker forcado = registro.circuitBreaker("forcado");
        forcado.transitionToForcedOpenState();
        graca.iniciar();

        CircuitBreaker tardio = registro.circuitBreaker("tardio");
        assertThat(tardio.getState()).isEqualTo(CircuitBreaker.State.METRICS_ONLY);

        graca.encerrar();
        assertThat(tardio.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(forcado.getState()).isEqualTo(CircuitBreaker.State.FORCED_OPEN);
    }

    @Test
    void oRelogioDaGracaComecaNaPrimeiraChamadaDepoisDePronto() {
        var curta = new GracaDosDisjuntores(registro, Duration.ofMillis(50));
        CircuitBreaker disjuntor = registro.circuitBreaker("score");
        curta.iniciar();
        curta.aoMudarProntidao(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        // Ready, but no traffic yet: the grace has not started to run out, however long it stays idle.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(curta::emGraca);

        falhar(disjuntor, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> !curta.emGraca());
        assertThat(disjuntor.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void gracaZeroNaoMudaNada() {
        CircuitBreaker disjuntor = registro.circuitBreaker("score");
        new GracaDosDisjuntores(registro, Duration.ZERO).iniciar();

        falhar(disjuntor, 4);

        assertThat(disjuntor.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
