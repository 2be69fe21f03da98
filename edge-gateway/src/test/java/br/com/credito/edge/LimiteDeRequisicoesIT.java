package br.com.credito.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.testsupport.TokensDeTeste;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"edge.limite.capacidade=2", "edge.limite.reposicao=1", "edge.limite.periodo=1h"})
class LimiteDeRequisicoesIT extends EdgeEmTeste {

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
        return enviar(pedido("/v1/historico/contratos/1", token).GET());
    }
}
