package br.com.credito.regras.config;

import br.com.credito.regras.politica.application.PoliticaVigenteEmCache;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Polling the active version (rather than LISTEN/NOTIFY) keeps no connection pinned per instance, works through
 * RDS Proxy or PgBouncer, and heals by itself after a missed notification or a database failover; its cost is one
 * indexed single-row query per instance per interval. The first run at start-up loads the policy.
 */
@Configuration
@EnableScheduling
class RegrasConfig {

    @Bean
    SchedulingConfigurer atualizacaoDaPolitica(RegrasProperties propriedades, PoliticaVigenteEmCache cache) {
        return tarefas -> tarefas.addFixedDelayTask(
                cache::atualizarPeriodicamente, propriedades.politica().intervaloAtualizacao());
    }

    @Bean
    static Clock relogio() {
        return Clock.systemUTC();
    }
}
