package br.com.credito.bureau;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * For Spring tests: {@code @ContextConfiguration(initializers = SimuladorNoContexto.class)} starts the shared simulator
 * ({@link SimuladorBureau#compartilhado()}) and points {@code BUREAU_URL}, the variable the services read, at it.
 */
public final class SimuladorNoContexto implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BUREAU_URL = "BUREAU_URL";

    @Override
    public void initialize(ConfigurableApplicationContext contexto) {
        String url = SimuladorBureau.compartilhado().baseUrl();
        contexto.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("bureau-simulator", Map.of(BUREAU_URL, url)));
    }
}
