package br.com.credito.edge.roteamento;

import br.com.credito.common.http.ConexoesHttp;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The HTTP client the gateway forwards with: the platform's pooled client, with room for as many calls in flight to one
 * service as the edge accepts connections. Boot's auto-detected Apache client pools 5 connections per route, which
 * queued every /v1/cartao/** call behind 5 in-flight ones and timed out at ~50 TPS (issue 9).
 */
@Configuration(proxyBeanMethods = false)
class ClienteDoProxyConfig {

    @Bean
    ClientHttpRequestFactory clienteDoProxy(
            @Value("${spring.http.clients.connect-timeout}") Duration conexao,
            @Value("${spring.http.clients.read-timeout}") Duration leitura,
            @Value("${server.tomcat.max-connections}") int maxConexoes) {
        return ConexoesHttp.comPool(conexao, leitura, maxConexoes);
    }
}
