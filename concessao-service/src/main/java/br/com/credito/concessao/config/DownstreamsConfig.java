package br.com.credito.concessao.config;

import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.AquecimentoDosClientes;
import br.com.credito.concessao.decisao.adapter.out.RestClientDeDownstream;
import br.com.credito.concessao.decisao.adapter.out.historico.HistoricoHttpClient;
import br.com.credito.concessao.decisao.adapter.out.investimento.InvestimentosHttpClient;
import br.com.credito.concessao.decisao.adapter.out.regras.MotorDeRegrasHttpClient;
import br.com.credito.concessao.decisao.adapter.out.score.ScoreHttpClient;
import br.com.credito.concessao.decisao.domain.port.ConsultaHistorico;
import br.com.credito.concessao.decisao.domain.port.ConsultaInvestimentos;
import br.com.credito.concessao.decisao.domain.port.ConsultaScore;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * One adapter per downstream behind its port, each with its RestClient (from Boot's builder; URL and timeouts from
 * properties) and its resilience (the YAML instance of the same name).
 */
@Configuration(proxyBeanMethods = false)
class DownstreamsConfig {

    private final ConcessaoProperties.Downstreams downstreams;
    // Boot's builder is a prototype: each downstream takes a fresh one, so no client shares another's settings.
    private final ObjectProvider<RestClient.Builder> builders;
    private final OAuth2ClientHttpRequestInterceptor token;
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final Map<String, RestClient> restClients = new ConcurrentHashMap<>();

    DownstreamsConfig(
            ConcessaoProperties propriedades,
            ObjectProvider<RestClient.Builder> builders,
            OAuth2ClientHttpRequestInterceptor token,
            RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads) {
        this.downstreams = propriedades.downstreams();
        this.builders = builders;
        this.token = token;
        this.retries = retries;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
    }

    @Bean
    ConsultaScore consultaScore() {
        return chamar("score", downstreams.score(), ScoreHttpClient::new);
    }

    @Bean
    ConsultaHistorico consultaHistorico() {
        return chamar("historico", downstreams.historico(), HistoricoHttpClient::new);
    }

    @Bean
    ConsultaInvestimentos consultaInvestimentos() {
        return chamar("investimento", downstreams.investimento(), InvestimentosHttpClient::new);
    }

    @Bean
    MotorDeRegras motorDeRegras() {
        return chamar("regras", downstreams.regras(), MotorDeRegrasHttpClient::new);
    }

    /** Warm-up (issue 14): the adapters' own clients, so their pools and the token are ready before readiness. */
    @Bean
    AquecimentoDosClientes aquecimentoDosClientes() {
        return new AquecimentoDosClientes(() -> Map.copyOf(restClients));
    }

    private interface Adaptador<T> {
        T criar(RestClient http, ChamadaResiliente resiliencia);
    }

    private <T> T chamar(String instancia, ConcessaoProperties.Downstream destino, Adaptador<T> adaptador) {
        var resiliencia = ChamadaResiliente.de(instancia, retries, breakers, bulkheads);
        RestClient http = RestClientDeDownstream.criar(
                builders.getObject(),
                destino.url(),
                destino.connectTimeout(),
                destino.readTimeout(),
                resiliencia,
                token);
        restClients.put(instancia, http);
        return adaptador.criar(http, resiliencia);
    }
}
