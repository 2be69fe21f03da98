package br.com.credito.common.cache;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** The Redis client of a service whose Redis holds only a {@link CacheComReserva}. */
@AutoConfiguration
@ConditionalOnClass(
        name = {
            "org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer",
            "io.lettuce.core.ClientOptions"
        })
public class RedisDoCacheAutoConfiguration {

    /**
     * While Redis is unreachable, cache commands fail at once (a miss) instead of queueing for the command timeout:
     * a Redis outage must cost the cache, not up to 3 x 500 ms on every request.
     */
    @Bean
    @ConditionalOnBean(CacheComReserva.class)
    LettuceClientOptionsBuilderCustomizer redisSemFilaQuandoDesconectado() {
        return opcoes -> opcoes.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
