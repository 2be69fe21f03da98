package br.com.credito.common;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.testsupport.ServidoresDeTeste;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A service's calls to others carry ONE client-credentials token of its own: fetched when the application is ready
 * (so the first decision does not pay for it) and reused whichever channel made the request.
 */
@SpringBootTest(classes = AplicacaoDeTeste.class)
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class TokenDeServicoIT {

    private static final WireMockServer EMISSOR = iniciar();

    @Autowired
    OAuth2ClientHttpRequestInterceptor tokenDeServico;

    @DynamicPropertySource
    static void registro(DynamicPropertyRegistry propriedades) {
        String prefixo = "spring.security.oauth2.client.registration.credito-servico.";
        propriedades.add(prefixo + "client-id", () -> "concessao-service");
        propriedades.add(prefixo + "client-secret", () -> "segredo-de-teste");
        propriedades.add(prefixo + "authorization-grant-type", () -> "client_credentials");
        propriedades.add(prefixo + "scope", () -> "score:ler");
        propriedades.add(prefixo + "provider", () -> "credito");
        propriedades.add(
                "spring.security.oauth2.client.provider.credito.token-uri", () -> EMISSOR.baseUrl() + "/oauth2/token");
    }

    @Test
    void tokenBuscadoNaPartidaEReusadoPorQualquerCanal() {
        EMISSOR.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
        RestClient cliente = RestClient.builder()
                .baseUrl(EMISSOR.baseUrl())
                .requestInterceptor(tokenDeServico)
                .build();

        for (String canal : new String[] {"canal-app", "internet-banking", "canal-app"}) {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(canal, "x"));
            cliente.get().uri("/v1/score/1").retrieve().toBodilessEntity();
        }
        SecurityContextHolder.clearContext();

        EMISSOR.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
        EMISSOR.verify(
                3,
                getRequestedFor(urlEqualTo("/v1/score/1")).withHeader("Authorization", equalTo("Bearer tk-servico")));
    }

    @AfterAll
    static void parar() {
        EMISSOR.stop();
    }

    private static WireMockServer iniciar() {
        WireMockServer servidor = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        servidor.start();
        servidor.stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"tk-servico\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                                + "\"scope\":\"score:ler\"}")));
        servidor.stubFor(get(urlEqualTo("/v1/score/1")).willReturn(aResponse().withStatus(200)));
        return servidor;
    }
}
