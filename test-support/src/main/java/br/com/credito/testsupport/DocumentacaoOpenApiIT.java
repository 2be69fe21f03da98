package br.com.credito.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's published OpenAPI document, as a channel team reads it: a real title, version and description, the
 * bearer and OAuth2 client-credentials schemes, a Portuguese summary per operation and every error documented as
 * problem+json. It is also written to {@code target/openapi/<service>.json}, where {@code scripts/ci/lint-openapi.sh}
 * lints it offline after {@code verify}. Extended by one {@code *IT} per service (a shared boot context).
 */
public abstract class DocumentacaoOpenApiIT {

    @LocalServerPort
    private int porta;

    /** The module name, e.g. "score-service": the file name and the lint report use it. */
    protected abstract String servico();

    @Test
    void documentoOpenApiDescreveOServicoParaOsCanais() throws IOException, InterruptedException {
        String documento = baixar();
        Path arquivo = Path.of("target", "openapi", servico() + ".json");
        Files.createDirectories(arquivo.getParent());
        Files.writeString(arquivo, documento, StandardCharsets.UTF_8);

        DocumentContext json = JsonPath.parse(documento);
        assertThat(json.read("$.info.title", String.class)).isNotEqualTo("OpenAPI definition");
        assertThat(json.read("$.info.version", String.class)).isNotEqualTo("v0");
        assertThat(json.read("$.info.description", String.class)).isNotBlank();
        assertThat(json.read("$.components.securitySchemes.bearer.scheme", String.class))
                .isEqualTo("bearer");
        assertThat(json.read("$.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", String.class))
                .endsWith("/oauth2/token");
        List<Map<String, Object>> operacoes = json.read("$.paths.*.*");
        assertThat(operacoes).isNotEmpty().allSatisfy(operacao -> {
            assertThat(operacao.get("summary"))
                    .as("summary de %s", operacao.get("operationId"))
                    .isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> respostas = (Map<String, Map<String, Object>>) operacao.get("responses");
            assertThat(respostas).containsKeys("400", "401", "403", "500");
            assertThat(respostas.get("401").get("content").toString()).contains("application/problem+json");
        });
    }

    private String baixar() throws IOException, InterruptedException {
        try (HttpClient cliente = HttpClient.newHttpClient()) {
            HttpResponse<String> resposta = cliente.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + porta + "/v3/api-docs"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(resposta.statusCode()).isEqualTo(200);
            return resposta.body();
        }
    }
}
