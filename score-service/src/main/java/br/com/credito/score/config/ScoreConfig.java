package br.com.credito.score.config;

import br.com.credito.common.cache.CacheComReserva;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.http.ConexoesHttp;
import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import br.com.credito.score.consulta.adapter.out.bureau.ScoreBureauHttpClient;
import br.com.credito.score.consulta.domain.ScoreCliente;
import br.com.credito.score.consulta.domain.port.ConsultaScore;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ScoreConfig {

    /** The bureau behind its port, on Boot's builder, with the resilience of the {@code score-bureau} instances. */
    @Bean
    ConsultaScore consultaScore(
            RestClient.Builder builder,
            ScoreProperties propriedades,
            RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads) {
        ScoreProperties.Bureau bureau = propriedades.bureau();
        var resiliencia = ChamadaResiliente.de(ScoreBureauHttpClient.BUREAU, retries, breakers, bulkheads);
        RestClient http = ConexoesHttp.para(
                        builder, bureau.url(), bureau.connectTimeout(), bureau.readTimeout(), resiliencia)
                .build();
        return new ScoreBureauHttpClient(http, resiliencia);
    }

    @Bean
    CacheComReserva<ScoreCliente> cacheDeScore(
            ScoreProperties propriedades, StringRedisTemplate redis, JsonMapper json, MeterRegistry metricas) {
        return new CacheComReserva<>(
                "score", ScoreCliente.class, propriedades.cache(), redis, json, metricas, Clock.systemUTC());
    }

    /**
     * While Redis is unreachable, cache commands fail at once (a miss) instead of queueing for the command timeout:
     * a Redis outage must cost the cache, not up to 3 x 500 ms on every request.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer redisSemFilaQuandoDesconectado() {
        return opcoes -> opcoes.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    ApiAuthorizationRules regrasDeScore() {
        return regras -> regras.requestMatchers(HttpMethod.GET, "/v1/score/**")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.SCORE_LER));
    }
}
