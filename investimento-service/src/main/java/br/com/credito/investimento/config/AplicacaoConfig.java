package br.com.credito.investimento.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Clock for every timestamp, async publication and the outbox schedulers. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AplicacaoConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
