package br.com.credito.testsupport;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service's application class in the {@code aws} profile with none of the task definition's variables, to
 * check that it refuses to start rather than fall back to a local default secret (issue 16, item 10).
 */
public final class PartidaNoPerfilAws {

    private PartidaNoPerfilAws() {}

    /** The failure of the start, or null if the service started (the context is closed at once). */
    public static Throwable falhaAoPartir(Class<?> aplicacao) {
        try (ConfigurableApplicationContext contexto = new SpringApplicationBuilder(aplicacao)
                .profiles("aws")
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run()) {
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
