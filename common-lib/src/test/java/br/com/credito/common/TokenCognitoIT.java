package br.com.credito.common;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.apoio.AplicacaoDeTeste;
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

/** The aws profile's token settings: Cognito access tokens have client_id instead of aud and prefixed scopes. */
@SpringBootTest(
        classes = AplicacaoDeTeste.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "credito.seguranca.clientes-permitidos=app-canal,app-concessao",
            "credito.seguranca.prefixo-escopo=credito-api/",
            "credito.seguranca.uso-do-token=access"
        })
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class TokenCognitoIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int porta;

    @Test
    void tokenDeClientePermitidoComEscopoPrefixadoPassa() throws Exception {
        assertThat(eco(TokensDeTeste.cognito("app-canal", AplicacaoDeTeste.ESCOPO)))
                .isEqualTo(200);
    }

    @Test
    void tokenDeClienteDesconhecidoResponde401() throws Exception {
        assertThat(eco(TokensDeTeste.cognito("app-de-outra-api", AplicacaoDeTeste.ESCOPO)))
                .isEqualTo(401);
    }

    @Test
    void tokenDeIdentidadeDoCognitoResponde401() throws Exception {
        assertThat(eco(TokensDeTeste.cognitoComUso("id", "app-canal", AplicacaoDeTeste.ESCOPO)))
                .isEqualTo(401);
    }

    @Test
    void tokenSemClienteNemAudienciaResponde401Nao500() throws Exception {
        assertThat(eco(TokensDeTeste.semAudienciaNemCliente(AplicacaoDeTeste.ESCOPO)))
                .isEqualTo(401);
    }

    @Test
    void tokenSemOEscopoResponde403MesmoComPrefixo() throws Exception {
        assertThat(eco(TokensDeTeste.cognito("app-canal", "outro:escopo"))).isEqualTo(403);
    }

    @Test
    void tokenComAudienciaContinuaValendo() throws Exception {
        assertThat(eco(TokensDeTeste.valido(AplicacaoDeTeste.ESCOPO))).isEqualTo(200);
        assertThat(eco(TokensDeTeste.outraAudiencia(AplicacaoDeTeste.ESCOPO))).isEqualTo(401);
    }

    private int eco(String token) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + porta + "/v1/eco"))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"idCliente\":\"1\",\"valor\":1}"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
