package br.com.credito.common.aquecimento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

class FimDoTreinoTest {

    @Test
    void fechaOContextoESaiComOCodigoDeleSoDepoisDoAquecimento() throws Exception {
        AtomicInteger exercicios = new AtomicInteger();
        var aquecimento = new Aquecimento(
                List.of(ExercicioDeAquecimento.de("a", exercicios::incrementAndGet)),
                new AquecimentoProperties(true, 5, Duration.ofMinutes(1), Duration.ofMinutes(1), 3, Duration.ZERO));
        CompletableFuture<Integer> saida = new CompletableFuture<>();
        AtomicInteger exerciciosNaSaida = new AtomicInteger(-1);
        var fim = new FimDoTreino(codigo -> {
            exerciciosNaSaida.set(exercicios.get());
            saida.complete(codigo);
        });
        // Registered in the wrong order on purpose: Spring sorts ready listeners by their order.
        List<ApplicationListener<ApplicationReadyEvent>> ouvintes = new ArrayList<>(List.of(fim, aquecimento));
        AnnotationAwareOrderComparator.sort(ouvintes);
        var contexto = new GenericApplicationContext();
        contexto.refresh();
        var evento = new ApplicationReadyEvent(new SpringApplication(), new String[0], contexto, Duration.ZERO);

        ouvintes.forEach(ouvinte -> ouvinte.onApplicationEvent(evento));

        assertThat(saida.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(exerciciosNaSaida)
                .as("o treino termina depois do aquecimento inteiro")
                .hasValue(5);
        assertThat(contexto.isActive()).as("o contexto fecha como numa parada").isFalse();
    }

    @Test
    void soOTreinoDoLancadorEncerraAAplicacao() {
        var executor = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AquecimentoAutoConfiguration.class));

        executor.run(contexto ->
                assertThat(contexto).hasSingleBean(Aquecimento.class).doesNotHaveBean(FimDoTreino.class));
        executor.withPropertyValues("credito.aquecimento.treino=true")
                .run(contexto -> assertThat(contexto).hasSingleBean(FimDoTreino.class));
    }
}
