package br.com.credito.concessao.apoio;

import br.com.credito.testsupport.SqsDeTeste;
import java.time.Duration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The test broker's queue with a 1 s visibility timeout: a poison message reaches the DLQ after 5 s, not 2.5 min. */
public final class VisibilidadeCurta implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext contexto) {
        SqsDeTeste.mudarVisibilidade(Duration.ofSeconds(1));
    }
}
