package br.com.credito.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimuladorBureauTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WireMockServer bureau;

    @BeforeAll
    static void iniciar() {
        bureau = SimuladorBureau.iniciar(0);
    }

    @AfterAll
    static void parar() {
        bureau.stop();
    }

    @BeforeEach
    void restaurar() {
        FalhasDoBureau.restaurar(bureau);
    }

    @Test
    void clienteDoSeedTemScore750EDoisContratos() throws Exception {
        assertThat(get("/score-bureau/v1/scores/12345").body()).contains("\"pontuacao\":750");
        assertThat(get("/historico-bureau/v1/clientes/12345/contratos").body())
                .contains("CT-1001", "CT-1002", "Emprestimo", "Financiamento");
    }

    @Test
    void fixturesDeCadaCaminhoDaPolitica() throws Exception {
        assertThat(get("/historico-bureau/v1/clientes/11111/contratos").body())
                .contains("\"diasAtraso\":120", "\"emInadimplencia\":true");
        assertThat(get("/score-bureau/v1/scores/22222").body()).contains("\"pontuacao\":250");
        assertThat(get("/historico-bureau/v1/clientes/33333/contratos").body()).contains("\"contratos\":[]");
        assertThat(get("/score-bureau/v1/scores/44444").body()).contains("\"pontuacao\":950");
    }

    @Test
    void clienteDesconhecidoResponde404() throws Exception {
        assertThat(get("/score-bureau/v1/scores/40404").statusCode()).isEqualTo(404);
        assertThat(get("/historico-bureau/v1/clientes/40404/contratos").statusCode())
                .isEqualTo(404);
    }

    @Test
    void clientesGeradosTemScoreDeterministico() throws Exception {
        assertThat(get("/score-bureau/v1/scores/900123").body())
                .contains("\"pontuacao\":224", "\"cliente\":\"900123\"");
        assertThat(get("/historico-bureau/v1/clientes/900123/contratos").body()).contains("\"CT-900123\"");
    }

    @Test
    void falhaLigadaEDesligadaEmTempoDeExecucao() throws Exception {
        FalhasDoBureau.responderComStatus(bureau, ApiBureau.SCORE, 503);
        assertThat(get("/score-bureau/v1/scores/12345").statusCode()).isEqualTo(503);
        assertThat(get("/historico-bureau/v1/clientes/12345/contratos").statusCode())
                .isEqualTo(200);

        FalhasDoBureau.restaurar(bureau);
        assertThat(get("/score-bureau/v1/scores/12345").statusCode()).isEqualTo(200);
    }

    @Test
    void falhasTransitoriasPassamDepoisDeNVezes() throws Exception {
        FalhasDoBureau.falharAsPrimeiras(bureau, ApiBureau.SCORE, 2, FalhasDoBureau.erro(503));
        assertThat(get("/score-bureau/v1/scores/12345").statusCode()).isEqualTo(503);
        assertThat(get("/score-bureau/v1/scores/12345").statusCode()).isEqualTo(503);
        assertThat(get("/score-bureau/v1/scores/12345").statusCode()).isEqualTo(200);
    }

    @Test
    void foraDoArDerrubaAConexao() {
        FalhasDoBureau.foraDoAr(bureau);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get("/score-bureau/v1/scores/12345"))
                .isInstanceOf(IOException.class);
    }

    private static HttpResponse<String> get(String caminho) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(bureau.baseUrl() + caminho)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
