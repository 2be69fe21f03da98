package br.com.credito.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auth.emissor=http://emissor-de-teste:9000")
class EmissaoDeTokenIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = new JsonMapper();

    @LocalServerPort
    int porta;

    @Test
    void deveEmitirTokenRs256ComEmissorAudienciaEscoposEValidadeCurta() throws Exception {
        HttpResponse<String> resposta = pedirToken("canal-app", "canal-secret", "cartao:conceder investimento:ler");

        assertThat(resposta.statusCode()).isEqualTo(200);
        JsonNode corpo = JSON.readTree(resposta.body());
        assertThat(corpo.get("token_type").asString()).isEqualTo("Bearer");
        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks")
                .build()
                .decode(corpo.get("access_token").asString());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("http://emissor-de-teste:9000");
        assertThat(jwt.getAudience()).containsExactly("credito-api");
        assertThat(jwt.getSubject()).isEqualTo("canal-app");
        assertThat(jwt.getClaimAsString("scope").split(" "))
                .containsExactlyInAnyOrder("cartao:conceder", "investimento:ler");
        assertThat(Duration.between(Instant.now(), jwt.getExpiresAt()))
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(5));
    }

    /** Issue 16, item 5: one client per channel purpose; the channel no longer holds admin or bureau scopes. */
    @Test
    void cadaClienteObtemSoOsEscoposDoSeuProposito() throws Exception {
        assertThat(pedirToken("canal-app", "canal-secret", "regras:admin").statusCode())
                .isEqualTo(400);
        assertThat(pedirToken("canal-app", "canal-secret", "score:ler").statusCode())
                .isEqualTo(400);
        assertThat(pedirToken("canal-consulta", "consulta-secret", "cartao:conceder")
                        .statusCode())
                .isEqualTo(400);
        assertThat(pedirToken("canal-consulta", "consulta-secret", "score:ler historico:ler cartao:ler")
                        .statusCode())
                .isEqualTo(200);
        assertThat(pedirToken("risco-admin", "risco-admin-secret", "regras:admin")
                        .statusCode())
                .isEqualTo(200);
        assertThat(pedirToken("risco-aprovador", "risco-aprovador-secret", "regras:admin")
                        .statusCode())
                .isEqualTo(200);
        assertThat(pedirToken("risco-admin", "risco-admin-secret", "investimento:escrever")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void deveEmitirAoClienteDeServicoApenasSeusEscopos() throws Exception {
        HttpResponse<String> resposta = pedirToken(
                "concessao-service", "concessao-secret", "score:ler historico:ler investimento:ler regras:avaliar");

        assertThat(resposta.statusCode()).isEqualTo(200);
    }

    @Test
    void deveRecusarSegredoErradoCom401() throws Exception {
        HttpResponse<String> resposta = pedirToken("canal-app", "segredo-errado", "score:ler");

        assertThat(resposta.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(resposta.body()).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void deveRecusarEscopoNaoConcedidoAoCliente() throws Exception {
        HttpResponse<String> resposta = pedirToken("concessao-service", "concessao-secret", "cartao:conceder");

        assertThat(resposta.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(resposta.body()).get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void deveExporProntidaoSemAutenticacaoENegarOResto() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isIn(401, 403);
    }

    private HttpResponse<String> pedirToken(String cliente, String segredo, String escopos) throws Exception {
        String basic = Base64.getEncoder().encodeToString((cliente + ":" + segredo).getBytes(StandardCharsets.UTF_8));
        HttpRequest pedido = HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + escopos.replace(" ", "%20").replace(":", "%3A")))
                .build();
        return HTTP.send(pedido, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String caminho) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + caminho)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + porta;
    }
}
