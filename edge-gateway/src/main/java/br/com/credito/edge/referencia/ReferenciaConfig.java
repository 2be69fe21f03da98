package br.com.credito.edge.referencia;

import br.com.credito.edge.config.EdgeProperties;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ReferenciaConfig {

    /** Same destinations as the routes; short timeouts: a slow service is left out, the reference still answers. */
    @Bean
    ReferenciaPublica referenciaPublica(EdgeProperties propriedades, JsonMapper json) {
        EdgeProperties.Destinos d = propriedades.destinos();
        Map<String, URI> servicos = new LinkedHashMap<>();
        servicos.put("concessao", d.concessao());
        servicos.put("investimento", d.investimento());
        servicos.put("historico", d.historico());
        servicos.put("score", d.score());
        servicos.put("regras", d.regras());
        SimpleClientHttpRequestFactory fabrica = new SimpleClientHttpRequestFactory();
        fabrica.setConnectTimeout(Duration.ofSeconds(2));
        fabrica.setReadTimeout(Duration.ofSeconds(5));
        return new ReferenciaPublica(
                RestClient.builder().requestFactory(fabrica).build(), json, servicos);
    }
}
