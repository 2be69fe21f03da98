package br.com.credito.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code credito-defaults.yml} as the LAST property source: the platform-wide defaults (JSON logs, virtual
 * threads, probes, strict JSON) that a service's own application.yml or the environment can still override.
 */
public class CreditoDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String ARQUIVO = "credito-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> fonte :
                    new YamlPropertySourceLoader().load(ARQUIVO, new ClassPathResource(ARQUIVO))) {
                environment.getPropertySources().addLast(fonte);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Nao foi possivel ler " + ARQUIVO, e);
        }
    }
}
