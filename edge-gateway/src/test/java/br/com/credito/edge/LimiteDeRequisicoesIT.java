package br.com.credito.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.testsupport.ServidoresDeTeste;
import br.com.credito.testsupport.TokensDeTeste;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"edge.limite.capacidade=2", "edge.limite.reposicao=1", "edge.limite.periodo=1h"})
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class LimiteDeRequisicoesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int porta;

    @DynamicPropertySource
    static void rotas(DynamicPropertyRegistry registro) {
        BackendFalso.apontarRotas(registro);
    }

    @Test
    void deveResponder429ProblemJsonComRetryAfterAcimaDoLimiteDoCliente() throws Exception {
        BackendFalso.SERVIDOR.stubFor(
                get("/v1/historico/contratos/1").willReturn(aResponse().withBody("[]")));
        String token = TokensDeTeste.valido();

        assertThat(enviar(token).statusCode()).isEqualTo(200);
        assertThat(enviar(token).statusCode()).isEqualTo(200);
        HttpResponse<String> recusada = enviar(token);

        assertThat(recusada.statusCode()).isEqualTo(429);
        assertThat(recusada.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(recusada.body()).contains("\"codigo\":\"LIMITE_DE_REQUISICOES\"");
        long retryAfter =
                Long.parseLong(recusada.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(3000L, 3600L);
        assertThat(recusada.headers().firstValue("X-Request-Id")).isPresent();
    }

    private HttpResponse<String> enviar(String token) throws Exception {
        HttpRequest pedido = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + porta + "/v1/historico/contratos/1"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HTTP.send(pedido, HttpResponse.BodyHandlers.ofString());
    }
}
