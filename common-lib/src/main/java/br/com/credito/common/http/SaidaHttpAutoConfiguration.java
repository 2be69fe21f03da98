package br.com.credito.common.http;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/** {@link AdaptadoresHttp} for the services that call out, i.e. those that bring Resilience4j's Boot module. */
@AutoConfiguration(
        afterName = {
            "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration",
            "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
            "io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration"
        })
@ConditionalOnClass(name = "io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration")
public class SaidaHttpAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({RetryRegistry.class, CircuitBreakerRegistry.class, BulkheadRegistry.class})
    AdaptadoresHttp adaptadoresHttp(
            ObjectProvider<RestClient.Builder> builders,
            RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads) {
        return new AdaptadoresHttp(builders, retries, breakers, bulkheads);
    }
}
