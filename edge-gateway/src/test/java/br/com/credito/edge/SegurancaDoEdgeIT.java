package br.com.credito.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.RequisicaoCrua;
import br.com.credito.testsupport.TokensDeTeste;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 16 through the edge: methods without a route are denied before any service, and every error is JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SegurancaDoEdgeIT extends EdgeEmTeste {

    @BeforeEach
    void limparBackend() {
        BackendFalso.SERVIDOR.resetAll();
    }

    @Test
    void headEOutrosMetodosSaoNegadosSemChegarAoServico() throws Exception {
        String token = TokensDeTeste.valido(Escopos.INVESTIMENTO_LER);
        for (String caminho : List.of("/v1/score/12345", "/v1/cartao/status/12345")) {
            for (String metodo : List.of("HEAD", "OPTIONS", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> resposta =
                        enviar(pedido(caminho, token).method(metodo, HttpRequest.BodyPublishers.noBody()));
                assertThat(resposta.statusCode()).as(metodo + " " + caminho).isEqualTo(403);
            }
        }
        assertThat(BackendFalso.SERVIDOR.getAllServeEvents()).isEmpty();
    }

    /** Item 8: the access log names the route's URI template; the limit history's id was logged in clear. */
    @Test
    void logDeAcessoTrazOTemplateNaoOId(CapturedOutput saida) throws Exception {
        BackendFalso.SERVIDOR.stubFor(get("/v1/cartao/limites/98765/historico")
                .willReturn(aResponse().withStatus(200).withBody("{}")));

        HttpResponse<String> resposta = enviar(pedido("/v1/cartao/limites/98765/historico", TokensDeTeste.valido())
                .GET());

        assertThat(resposta.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> saida.getOut().contains("\"path\":\"/v1/cartao/limites/{idCliente}/historico\""));
        assertThat(semCamposAleatorios(saida.getOut())).doesNotContain("98765");
    }

    @Test
    void headSemTokenResponde401() throws Exception {
        HttpResponse<String> resposta = enviar(
                HttpRequest.newBuilder(uri("/v1/score/12345")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(resposta.statusCode()).isEqualTo(401);
    }

    @Test
    void erroDoProprioContainerEProblemJsonNaoHtml() throws Exception {
        String token = TokensDeTeste.valido(Escopos.SCORE_LER);
        for (String alvo :
                List.of("/v1/score/1%00", "/v1/score/%C0%AF", "/v1/score/a%2Fb", "/v1/score/{x}", "/v1/score/a%2F..")) {
            RequisicaoCrua.Resposta resposta = RequisicaoCrua.enviar(porta, "GET", alvo, token);
            assertThat(resposta.status()).as(alvo).isEqualTo(400);
            assertThat(resposta.contentType()).as(alvo).startsWith("application/problem+json");
            assertThat(resposta.corpo())
                    .as(alvo)
                    .contains("\"codigo\":\"DADOS_INVALIDOS\"")
                    .doesNotContain("<html");
        }
        assertThat(BackendFalso.SERVIDOR.getAllServeEvents()).isEmpty();
    }
}
