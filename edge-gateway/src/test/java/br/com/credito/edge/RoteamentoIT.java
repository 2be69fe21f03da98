package br.com.credito.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.TokensDeTeste;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Well above a cold first request on a busy machine, well below the slow backend of the timeout test (5 s).
        properties = "spring.http.clients.read-timeout=2s")
@ExtendWith(OutputCaptureExtension.class)
class RoteamentoIT extends EdgeEmTeste {

    @BeforeEach
    void limparBackend() {
        BackendFalso.SERVIDOR.resetAll();
    }

    @Test
    void deveEncaminharAoServicoDaRotaComTokenEIdDeRequisicao(CapturedOutput saida) throws Exception {
        BackendFalso.SERVIDOR.stubFor(
                get("/v1/score/12345").willReturn(aResponse().withStatus(200).withBody("{\"score\":750}")));
        String token = TokensDeTeste.valido(Escopos.SCORE_LER);

        HttpResponse<String> resposta = enviar(pedido("/v1/score/12345", token).GET());

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.body()).isEqualTo("{\"score\":750}");
        String idRequisicao = resposta.headers().firstValue("X-Request-Id").orElseThrow();
        BackendFalso.SERVIDOR.verify(getRequestedFor(urlEqualTo("/v1/score/12345"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo(idRequisicao)));
        await().atMost(Duration.ofSeconds(5)).until(() -> saida.getOut().contains("\"route\":\"score\""));
        assertThat(saida.getOut()).contains("\"request_id\":\"" + idRequisicao + "\"");
        assertThat(semCamposAleatorios(saida.getOut()))
                .contains("\"path\":\"/v1/score/{idCliente}\"", "\"route\":\"score\"", "\"status\":200")
                .contains("\"client_id\":\"canal-app\"")
                .doesNotContain("12345");
    }

    @Test
    void deveEncaminharCorpoEConservarIdDeRequisicaoUuidDoChamador() throws Exception {
        BackendFalso.SERVIDOR.stubFor(post("/v1/cartao/concessao")
                .willReturn(aResponse().withStatus(200).withBody("{}")));

        HttpResponse<String> resposta = enviar(pedido("/v1/cartao/concessao", TokensDeTeste.valido())
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "3f1c2b9e-6a55-4c1e-9d2a-0b8e7f6a5c41")
                .POST(HttpRequest.BodyPublishers.ofString("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}")));

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.headers().firstValue("X-Request-Id")).hasValue("3f1c2b9e-6a55-4c1e-9d2a-0b8e7f6a5c41");
        BackendFalso.SERVIDOR.verify(postRequestedFor(urlEqualTo("/v1/cartao/concessao"))
                .withHeader("X-Request-Id", equalTo("3f1c2b9e-6a55-4c1e-9d2a-0b8e7f6a5c41"))
                .withRequestBody(equalTo("{\"idCliente\":\"12345\",\"tipoCartao\":\"GOLD\"}")));
    }

    @Test
    void deveSubstituirIdDeRequisicaoQueNaoEUuid() throws Exception {
        BackendFalso.SERVIDOR.stubFor(
                get("/v1/investimentos?idCliente=1").willReturn(aResponse().withBody("[]")));

        HttpResponse<String> resposta = enviar(pedido("/v1/investimentos?idCliente=1", TokensDeTeste.valido())
                .header("X-Request-Id", "pedido-do-canal-0001")
                .GET());

        assertThat(resposta.statusCode()).isEqualTo(200);
        assertThat(resposta.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        BackendFalso.SERVIDOR.verify(getRequestedFor(urlEqualTo("/v1/investimentos?idCliente=1"))
                .withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
    }

    @Test
    void deveResponder401ProblemJsonSemTokenSemChamarOServico() throws Exception {
        HttpResponse<String> resposta =
                enviar(HttpRequest.newBuilder(uri("/v1/score/12345")).GET());

        assertThat(resposta.statusCode()).isEqualTo(401);
        assertThat(resposta.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(resposta.body()).contains("\"codigo\":\"NAO_AUTENTICADO\"");
        assertThat(resposta.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(BackendFalso.SERVIDOR.getAllServeEvents()).isEmpty();
    }

    @Test
    void deveResponder401ParaTokenDeOutraAudienciaOuExpirado() throws Exception {
        assertThat(enviar(pedido("/v1/score/1", TokensDeTeste.outraAudiencia()).GET())
                        .statusCode())
                .isEqualTo(401);
        assertThat(enviar(pedido("/v1/score/1", TokensDeTeste.expirado()).GET()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void deveResponder503ProblemJsonQuandoOServicoNaoResponde() throws Exception {
        HttpResponse<String> resposta = enviar(pedido("/v1/regras/avaliar", TokensDeTeste.valido())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(resposta.statusCode()).isEqualTo(503);
        assertThat(resposta.body()).contains("\"codigo\":\"SERVICO_INDISPONIVEL\"");
    }

    @Test
    void deveResponder503QuandoOServicoPassaDoTempoDeLeitura() throws Exception {
        BackendFalso.SERVIDOR.stubFor(get("/v1/score/lento")
                .willReturn(aResponse().withFixedDelay(5_000).withBody("{}")));

        HttpResponse<String> resposta =
                enviar(pedido("/v1/score/lento", TokensDeTeste.valido()).GET());

        assertThat(resposta.statusCode()).isEqualTo(503);
        assertThat(resposta.body()).contains("\"codigo\":\"SERVICO_INDISPONIVEL\"");
    }

    /**
     * More calls in flight to one service than a default Apache pool holds (5 per route): with that pool 20 one-second
     * calls go in four waves, and the last two wait 2 s or more for a connection, past the connect bound: 503.
     */
    @Test
    void deveManterMuitasChamadasSimultaneasAoMesmoServico() throws Exception {
        BackendFalso.SERVIDOR.stubFor(get("/v1/score/demorado")
                .willReturn(aResponse().withFixedDelay(1_000).withBody("{}")));
        String token = TokensDeTeste.valido();

        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> respostas = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                respostas.add(executor.submit(
                        () -> enviar(pedido("/v1/score/demorado", token).GET())));
            }
            for (Future<HttpResponse<String>> resposta : respostas) {
                assertThat(resposta.get().statusCode()).isEqualTo(200);
            }
        }
        BackendFalso.SERVIDOR.verify(20, getRequestedFor(urlEqualTo("/v1/score/demorado")));
    }

    @Test
    void naoDeveRotearCaminhoForaDaApi() throws Exception {
        HttpResponse<String> resposta =
                enviar(pedido("/v1/outro/1", TokensDeTeste.valido()).GET());

        assertThat(resposta.statusCode()).isEqualTo(404);
        assertThat(BackendFalso.SERVIDOR.getAllServeEvents()).isEmpty();
    }
}
