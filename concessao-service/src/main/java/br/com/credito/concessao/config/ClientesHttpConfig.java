package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.adapter.out.AquecimentoDosClientes;
import br.com.credito.concessao.decisao.adapter.out.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.ClientesRest;
import br.com.credito.concessao.decisao.adapter.out.historico.HistoricoHttpClient;
import br.com.credito.concessao.decisao.adapter.out.investimento.InvestimentosHttpClient;
import br.com.credito.concessao.decisao.adapter.out.regras.MotorDeRegrasHttpClient;
import br.com.credito.concessao.decisao.adapter.out.score.ScoreHttpClient;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** One adapter per downstream, each with its RestClient (URL and timeouts from properties) and its resilience. */
@Configuration(proxyBeanMethods = false)
class ClientesHttpConfig {

    private final ConcessaoProperties.Downstreams downstreams;
    private final OAuth2ClientHttpRequestInterceptor token;
    private final Resiliencia resiliencia;
    private final ObservationRegistry observacoes;
    private final BulkheadRegistry bulkheads;
    private final Map<String, RestClient> clientes = new ConcurrentHashMap<>();

    ClientesHttpConfig(
            ConcessaoProperties propriedades,
            OAuth2ClientHttpRequestInterceptor token,
            RetryRegistry retries,
            CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads,
            ObservationRegistry observacoes) {
        this.downstreams = propriedades.downstreams();
        this.token = token;
        this.resiliencia = nome -> ChamadaResiliente.de(nome, retries, breakers, bulkheads);
        this.observacoes = observacoes;
        this.bulkheads = bulkheads;
    }

    private interface Resiliencia {
        ChamadaResiliente para(String instancia);
    }

    @Bean
    ScoreHttpClient scoreHttpClient() {
        return new ScoreHttpClient(restClient("score", downstreams.score()), resiliencia.para("score"));
    }

    @Bean
    HistoricoHttpClient historicoHttpClient() {
        return new HistoricoHttpClient(restClient("historico", downstreams.historico()), resiliencia.para("historico"));
    }

    @Bean
    InvestimentosHttpClient investimentosHttpClient() {
        return new InvestimentosHttpClient(
                restClient("investimento", downstreams.investimento()), resiliencia.para("investimento"));
    }

    @Bean
    MotorDeRegrasHttpClient motorDeRegrasHttpClient() {
        return new MotorDeRegrasHttpClient(restClient("regras", downstreams.regras()), resiliencia.para("regras"));
    }

    /** Warm-up (issue 14): the adapters' own clients, so their pools and the token are ready before readiness. */
    @Bean
    AquecimentoDosClientes aquecimentoDosClientes() {
        return new AquecimentoDosClientes(() -> Map.copyOf(clientes));
    }

    private RestClient restClient(String instancia, ConcessaoProperties.Downstream destino) {
        int maxConexoes = bulkheads.bulkhead(instancia).getBulkheadConfig().getMaxConcurrentCalls();
        RestClient cliente = ClientesRest.criar(
                destino.url(), destino.connectTimeout(), destino.readTimeout(), maxConexoes, token, observacoes);
        clientes.put(instancia, cliente);
        return cliente;
    }
}
