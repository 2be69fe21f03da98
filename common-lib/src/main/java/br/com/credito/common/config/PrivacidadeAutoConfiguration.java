package br.com.credito.common.config;

import br.com.credito.common.logging.SentrySemPii;
import br.com.credito.common.tracing.AtributosSemPii;
import io.sentry.SentryOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** No client id leaves in spans (URI templates) or in Sentry events (scrubbed), in every service (issue 16, item 8). */
@AutoConfiguration
public class PrivacidadeAutoConfiguration {

    /** Boot registers every ObservationFilter bean on the ObservationRegistry. */
    @Bean
    AtributosSemPii atributosSemPii() {
        return new AtributosSemPii();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SentryOptions.class)
    static class Sentry {

        /** Picked up by Sentry's auto-configuration when a DSN is set (aws profile); inert otherwise. */
        @Bean
        SentryOptions.BeforeSendCallback sentrySemPii() {
            return new SentrySemPii();
        }
    }
}
