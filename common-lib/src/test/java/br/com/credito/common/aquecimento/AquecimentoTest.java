package br.com.credito.common.aquecimento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

class AquecimentoTest {

    private static AquecimentoProperties propriedades(boolean habilitado, int iteracoes, Duration tempoLimite) {
        return new AquecimentoProperties(habilitado, iteracoes, Duration.ofMinutes(1), tempoLimite, 3, Duration.ZERO);
    }

    /** Runs the listener as Spring Boot does and returns the readiness an exercise saw while it ran. */
    private static ReadinessState executar(Aquecimento aquecimento, AtomicBoolean visto) {
        try (GenericApplicationContext contexto = new GenericApplicationContext()) {
            contexto.registerBean(ApplicationAvailabilityBean.class);
            contexto.refresh();
            aquecimento.onApplicationEvent(
                    new ApplicationReadyEvent(new SpringApplication(), new String[0], contexto, Duration.ZERO));
            visto.set(true);
            return contexto.getBean(ApplicationAvailabilityBean.class).getReadinessState();
        }
    }

    @Test
    void deveExecutarCadaExercicioAsIteracoesPedidasRecusandoTrafegoEnquantoIsso() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        var aquecimento = new Aquecimento(
                List.of(
                        ExercicioDeAquecimento.de("a", a::incrementAndGet),
                        ExercicioDeAquecimento.de("b", b::incrementAndGet)),
                propriedades(true, 7, Duration.ofSeconds(30)));

        ReadinessState durante = executar(aquecimento, new AtomicBoolean());

        assertThat(a).hasValue(7);
        assertThat(b).hasValue(7);
        // Spring Boot itself declares ACCEPTING_TRAFFIC after the ready listeners return; until then it is refused.
        assertThat(durante).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(aquecimento.resultados())
                .containsEntry("a", new Aquecimento.Resultado(7, 0))
                .containsEntry("b", new Aquecimento.Resultado(7, 0));
    }

    @Test
    void deveDeixarDeRodarUmExercicioConcluidoSemContarComoFalha() {
        AtomicInteger rodadas = new AtomicInteger();
        ExercicioDeAquecimento tresVezes = new ExercicioDeAquecimento() {
            @Override
            public String nome() {
                return "tres-vezes";
            }

            @Override
            public void executar() {
                rodadas.incrementAndGet();
            }

            @Override
            public boolean concluido() {
                return rodadas.get() >= 3;
            }
        };
        var aquecimento = new Aquecimento(List.of(tresVezes), propriedades(true, 10, Duration.ofSeconds(30)));

        executar(aquecimento, new AtomicBoolean());

        assertThat(rodadas).hasValue(3);
        assertThat(aquecimento.resultados()).containsEntry("tres-vezes", new Aquecimento.Resultado(3, 0));
    }

    @Test
    void deveAbandonarUmExercicioQueFalhaSeguidamenteSemPararOsOutros() {
        AtomicInteger bons = new AtomicInteger();
        var aquecimento = new Aquecimento(
                List.of(
                        ExercicioDeAquecimento.de("quebrado", () -> {
                            throw new IllegalStateException("dependencia fora");
                        }),
                        ExercicioDeAquecimento.de("bom", bons::incrementAndGet)),
                propriedades(true, 10, Duration.ofSeconds(30)));

        executar(aquecimento, new AtomicBoolean());

        assertThat(aquecimento.resultados())
                .containsEntry("quebrado", new Aquecimento.Resultado(0, 3))
                .containsEntry("bom", new Aquecimento.Resultado(10, 0));
    }

    @Test
    @Timeout(60) // a hang here is the bug under test
    void umExercicioTravadoNaoSeguraAProntidaoAlemDoTempoLimite() throws InterruptedException {
        CountDownLatch interrompido = new CountDownLatch(1);
        var aquecimento = new Aquecimento(
                List.of(ExercicioDeAquecimento.de("travado", () -> {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        interrompido.countDown();
                        throw e;
                    }
                })),
                propriedades(true, 10, Duration.ofMillis(200)));

        AtomicBoolean voltou = new AtomicBoolean();
        executar(aquecimento, voltou);

        assertThat(voltou).isTrue();
        interrompido.await();
    }

    @Test
    void desligadoNaoExecutaNada() {
        AtomicInteger execucoes = new AtomicInteger();
        var aquecimento = new Aquecimento(
                List.of(ExercicioDeAquecimento.de("a", execucoes::incrementAndGet)),
                propriedades(false, 10, Duration.ofSeconds(30)));

        executar(aquecimento, new AtomicBoolean());

        assertThat(execucoes).hasValue(0);
    }
}
