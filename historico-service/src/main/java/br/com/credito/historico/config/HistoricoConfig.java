package br.com.credito.historico.config;

import br.com.credito.common.cache.CacheComReserva;
import br.com.credito.common.http.AdaptadoresHttp;
import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import br.com.credito.historico.contratos.adapter.out.bureau.HistoricoBureauHttpClient;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import br.com.credito.historico.contratos.domain.port.ConsultaHistorico;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class HistoricoConfig {

    /** The bureau behind its port, with the resilience of the {@code historico-bureau} instances. */
    @Bean
    ConsultaHistorico consultaHistorico(AdaptadoresHttp adaptadores, HistoricoProperties propriedades) {
        return adaptadores.criar(
                HistoricoBureauHttpClient.BUREAU, propriedades.bureau(), HistoricoBureauHttpClient::new);
    }

    @Bean
    CacheComReserva<HistoricoDeCredito> cacheDeHistorico(
            HistoricoProperties propriedades, StringRedisTemplate redis, JsonMapper json, MeterRegistry metricas) {
        return new CacheComReserva<>(
                "historico", HistoricoDeCredito.class, propriedades.cache(), redis, json, metricas, Clock.systemUTC());
    }

    @Bean
    ApiAuthorizationRules regrasDeHistorico() {
        return regras -> regras.requestMatchers(HttpMethod.GET, "/v1/historico/**")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.HISTORICO_LER));
    }
}
