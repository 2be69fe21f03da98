package br.com.credito.common.aquecimento;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Ends the class-data training run ({@code credito.aquecimento.treino=true}, set only by the local stack's launcher)
 * once the warm-up is over: the context closes as on any stop and the JVM exits, writing its AOT cache. A run that
 * stopped at the refreshed context ({@code spring.context.exit=onRefresh}) left out everything the warm-up loads and
 * compiles, which every new instance then paid for at its first requests. Runs after {@link Aquecimento}, on a thread
 * of its own, so the application's start returns normally first.
 */
public final class FimDoTreino implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(FimDoTreino.class);

    private final IntConsumer saida;

    /** @param saida what ends the JVM with the context's exit code: {@code System::exit} outside the tests */
    public FimDoTreino(IntConsumer saida) {
        this.saida = saida;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent evento) {
        ConfigurableApplicationContext contexto = evento.getApplicationContext();
        log.info("Treino do cache de classes concluido; encerrando");
        Thread.ofPlatform().name("fim-do-treino").start(() -> saida.accept(SpringApplication.exit(contexto)));
    }

    @Override
    public int getOrder() {
        return Aquecimento.ORDEM + 1;
    }
}
