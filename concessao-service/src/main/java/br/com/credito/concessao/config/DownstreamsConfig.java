package br.com.credito.concessao.config;

import br.com.credito.common.http.AdaptadoresHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.http.Destino;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * One adapter per downstream behind its port, each with its RestClient (base URL and timeouts from properties) and
 * its resilience (the YAML instance of the same name), made the common way ({@link AdaptadoresHttp}).
 */
@Configuration(proxyBeanMethods = false)
class DownstreamsConfig {

    private final ConcessaoProperties.Downstreams downstreams;
    private final AdaptadoresHttp adaptadores;
    private final UnaryOperator<RestClient.Builder> ajuste;
    private final Map<String, RestClient> restClients = new ConcurrentHashMap<>();

    DownstreamsConfig(
            ConcessaoProperties propriedades, AdaptadoresHttp adaptadores, OAuth2ClientHttpRequestInterceptor token) {
        this.downstreams = propriedades.downstreams();
        this.adaptadores = adaptadores;
        this.ajuste = RestClientDeDownstream.ajuste(token);
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

    private <T> T chamar(String instancia, Destino destino, BiFunction<RestClient, ChamadaResiliente, T> adaptador) {
        return adaptadores.criar(instancia, destino, ajuste, (http, resiliencia) -> {
            restClients.put(instancia, http);
            return adaptador.apply(http, resiliencia);
        });
    }
}
