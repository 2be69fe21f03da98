package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.adapter.out.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.historico.HistoricoHttpClient;
import br.com.credito.concessao.decisao.adapter.out.investimento.InvestimentosHttpClient;
import br.com.credito.concessao.decisao.adapter.out.regras.MotorDeRegrasHttpClient;
import br.com.credito.concessao.decisao.adapter.out.score.ScoreHttpClient;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One RestClient per downstream: base URL and connect/read timeouts from properties, the service's own
 * client-credentials token, and a tolerant JSON reader (a downstream adding a field must not break decisions; the
 * platform's strict mapper is for what WE receive from channels).
 */
@Configuration(proxyBeanMethods = false)
class ClientesHttpConfig {

    private final ConcessaoProperties.Downstreams downstreams;
    private final OAuth2ClientHttpRequestInterceptor token;
    private final Resiliencia resiliencia;

    ClientesHttpConfig(
            ConcessaoProperties propriedades,
            OAuth2ClientHttpRequestInterceptor token,
            RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads) {
        this.downstreams = propriedades.downstreams();
        this.token = token;
        this.resiliencia = nome -> ChamadaResiliente.de(nome, retries, breakers, bulkheads);
    }

    private interface Resiliencia {
        ChamadaResiliente para(String instancia);
    }

    @Bean
    ScoreHttpClient scoreHttpClient() {
        return new ScoreHttpClient(restClient(downstreams.score()), resiliencia.para("score"));
    }

    @Bean
    HistoricoHttpClient historicoHttpClient() {
        return new HistoricoHttpClient(restClient(downstreams.historico()), resiliencia.para("historico"));
    }

    @Bean
    InvestimentosHttpClient investimentosHttpClient() {
        return new InvestimentosHttpClient(restClient(downstreams.investimento()), resiliencia.para("investimento"));
    }

    @Bean
    MotorDeRegrasHttpClient motorDeRegrasHttpClient() {
        return new MotorDeRegrasHttpClient(restClient(downstreams.regras()), resiliencia.para("regras"));
    }

    private RestClient restClient(ConcessaoProperties.Downstream destino) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(destino.connectTimeout())
                .build();
        var fabrica = new JdkClientHttpRequestFactory(http);
        fabrica.setReadTimeout(destino.readTimeout());
        JsonMapper tolerante = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return RestClient.builder()
                .baseUrl(destino.url())
                .requestFactory(fabrica)
                .requestInterceptor(token)
                .configureMessageConverters(
                        c -> c.registerDefaults().withJsonConverter(new JacksonJsonHttpMessageConverter(tolerante)))
                .build();
    }
}
