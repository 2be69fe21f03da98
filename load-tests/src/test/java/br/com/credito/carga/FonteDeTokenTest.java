package br.com.credito.carga;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FonteDeTokenTest {

    private static final WireMockServer AUTORIZACAO =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeAll
    static void iniciar() {
        AUTORIZACAO.start();
    }

    @AfterAll
    static void parar() {
        AUTORIZACAO.stop();
    }

    @BeforeEach
    void limpar() {
        AUTORIZACAO.resetAll();
    }

    private FonteDeToken fonte() {
        return new FonteDeToken(
                URI.create(AUTORIZACAO.baseUrl() + "/oauth2/token"), "canal-app", "canal-secret", "cartao:ler");
    }

    @Test
    void deveBuscarUmTokenPorClientCredentialsEServirOSemNovasChamadas() {
        AUTORIZACAO.stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"abc.def.ghi\",\"token_type\":\"Bearer\",\"expires_in\":299}")));

        try (FonteDeToken fonte = fonte().iniciar()) {
            assertThat(fonte.token()).isEqualTo("abc.def.ghi");
            assertThat(fonte.token()).isEqualTo("abc.def.ghi");
        }

        AUTORIZACAO.verify(
                1,
                postRequestedFor(urlEqualTo("/oauth2/token"))
                        .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                                "canal-app", "canal-secret"))
                        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                        .withRequestBody(containing("grant_type=client_credentials"))
                        .withRequestBody(containing("scope=cartao%3Aler")));
    }

    @Test
    void deveFalharCedoQuandoOServidorDeAutorizacaoRecusa() {
        AUTORIZACAO.stubFor(
                post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(401)));

        try (FonteDeToken fonte = fonte()) {
            assertThatIllegalStateException().isThrownBy(fonte::iniciar).withMessageContaining("HTTP 401");
            assertThatIllegalStateException().isThrownBy(fonte::token);
        }
    }

    @Test
    void deveRecusarRespostaSemAccessToken() {
        AUTORIZACAO.stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"erro\":1}")));

        try (FonteDeToken fonte = fonte()) {
            assertThatIllegalStateException().isThrownBy(fonte::iniciar).withMessageContaining("sem access_token");
        }
    }
}
