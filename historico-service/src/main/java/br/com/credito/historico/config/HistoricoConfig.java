package br.com.credito.historico.config;

import br.com.credito.common.cache.CacheComReserva;
import br.com.credito.common.http.ClientesHttp;
import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
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
class HistoricoConfig {

    /**
     * From Boot's builder, so each attempt lands in {@code http.client.requests} under its URI template; the pool holds
     * as many connections as the bureau's bulkhead lets calls through.
     */
    @Bean
    RestClient historicoBureauRestClient(
            RestClient.Builder builder, HistoricoProperties propriedades, BulkheadRegistry bulkheads) {
        HistoricoProperties.Provedor provedor = propriedades.provedor();
        int maxConexoes =
                bulkheads.bulkhead("historico-bureau").getBulkheadConfig().getMaxConcurrentCalls();
        return builder.baseUrl(provedor.url().toString())
                .requestFactory(ClientesHttp.comPool(provedor.timeoutConexao(), provedor.timeoutLeitura(), maxConexoes))
                .build();
    }

    @Bean
    CacheComReserva<HistoricoDeCredito> cacheDeHistorico(
            HistoricoProperties propriedades, StringRedisTemplate redis, JsonMapper json, MeterRegistry metricas) {
        return new CacheComReserva<>(
                "historico", HistoricoDeCredito.class, propriedades.cache(), redis, json, metricas, Clock.systemUTC());
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
    ApiAuthorizationRules regrasDeHistorico() {
        return regras -> regras.requestMatchers(HttpMethod.GET, "/v1/historico/**")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.HISTORICO_LER));
    }
}
