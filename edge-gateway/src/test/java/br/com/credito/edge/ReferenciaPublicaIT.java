package br.com.credito.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Same configuration as RoteamentoIT, so both share one edge. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.http.clients.read-timeout=2s")
class ReferenciaPublicaIT extends EdgeEmTeste {

    private static final String DOCUMENTO = """
            {"openapi":"3.1.0","info":{"title":"API de Score de Crédito","version":"1.0.0"},
             "security":[{"bearer":[]},{"oauth2":[]}],
             "tags":[{"name":"Score","description":"Score de crédito do cliente no bureau"}],
             "paths":{"/v1/score/{idCliente}":{"get":{"operationId":"consultar","summary":"Consultar o score"}}},
             "components":{"schemas":{"Problema":{"type":"object"}},
                           "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}""";

    @BeforeEach
    void limparBackend() {
        BackendFalso.SERVIDOR.resetAll();
    }

    @Test
    void aReferenciaPublicaJuntaOsDocumentosDosServicosSemToken() throws Exception {
        BackendFalso.SERVIDOR.stubFor(get("/v3/api-docs").willReturn(okJson(DOCUMENTO)));

        HttpResponse<String> resposta =
                enviar(HttpRequest.newBuilder(uri("/v3/api-docs/publica")).GET());

        assertThat(resposta.statusCode()).isEqualTo(200);
        JsonNode referencia = new JsonMapper().readTree(resposta.body());
        assertThat(referencia.path("info").path("title").asString()).isEqualTo("API de Crédito — referência pública");
        assertThat(referencia.path("servers").get(0).path("url").asString()).isEqualTo("/");
        JsonNode operacao =
                referencia.path("paths").path("/v1/score/{idCliente}").path("get");
        assertThat(operacao.path("summary").asString()).isEqualTo("Consultar o score");
        assertThat(operacao.path("operationId").asString())
                .as("unique across services")
                .isEqualTo("score_consultar");
        assertThat(referencia.path("components").path("securitySchemes").has("bearer"))
                .isTrue();
        assertThat(referencia.path("tags")).hasSize(1);
        assertThat(referencia.path("x-servicos-indisponiveis").toString()).contains("regras");
    }
}
