package br.com.credito.score.config;

import br.com.credito.common.cache.CacheComReserva;
import br.com.credito.common.http.AdaptadoresHttp;
import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import br.com.credito.score.consulta.adapter.out.bureau.ScoreBureauHttpClient;
import br.com.credito.score.consulta.domain.ScoreCliente;
import br.com.credito.score.consulta.domain.port.ConsultaScore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ScoreConfig {

    /** The bureau behind its port, with the resilience of the {@code score-bureau} instances. */
    @Bean
    ConsultaScore consultaScore(AdaptadoresHttp adaptadores, ScoreProperties propriedades) {
        return adaptadores.criar(ScoreBureauHttpClient.BUREAU, propriedades.bureau(), ScoreBureauHttpClient::new);
    }

    @Bean
    CacheComReserva<ScoreCliente> cacheDeScore(
            ScoreProperties propriedades, StringRedisTemplate redis, JsonMapper json, MeterRegistry metricas) {
        return new CacheComReserva<>(
                "score", ScoreCliente.class, propriedades.cache(), redis, json, metricas, Clock.systemUTC());
    }

    @Bean
    ApiAuthorizationRules regrasDeScore() {
        return regras -> regras.requestMatchers(HttpMethod.GET, "/v1/score/**")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.SCORE_LER));
    }
}
