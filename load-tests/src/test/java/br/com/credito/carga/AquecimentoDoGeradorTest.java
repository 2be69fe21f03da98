package br.com.credito.carga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class AquecimentoDoGeradorTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersTheLoadsRequestShapeOnLoopbackOnly() throws Exception {
        try (AquecimentoDoGerador gerador = AquecimentoDoGerador.iniciar()) {
            URI url = URI.create(gerador.url());
            assertThat(Loopback.exigir(url)).isEqualTo(url);

            HttpResponse<String> resposta = http.send(
                    HttpRequest.newBuilder(url)
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer aquecimento")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"idCliente\":\"0\",\"tipoCartao\":\"GOLD\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            // What the warm-up scenario checks; a failing check would leave the generator's success path cold.
            assertThat(resposta.statusCode()).isEqualTo(200);
            assertThat(resposta.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(resposta.body()).contains("\"codigoDecisao\"");
        }
    }

    @Test
    void theWarmUpEndsAfterItsBoundEvenBeforeTheSignalAndSaysSoOnce() throws Exception {
        PrintStream saidaOriginal = System.out;
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        System.setOut(new PrintStream(saida, true, StandardCharsets.UTF_8));
        try (AquecimentoDoGerador gerador = AquecimentoDoGerador.iniciar(2)) {
            BooleanSupplier semSinal = () -> true;
            assertThat(gerador.aquecendo(semSinal)).isTrue();

            enviar(URI.create(gerador.url()));
            assertThat(gerador.aquecendo(semSinal)).isTrue();
            assertThat(saida.toString(StandardCharsets.UTF_8)).doesNotContain(AquecimentoDoGerador.AQUECIDO);
            enviar(URI.create(gerador.url()));
            enviar(URI.create(gerador.url()));

            assertThat(gerador.aquecendo(semSinal)).isFalse();
            // what a drill waits for before it starts the stack
            assertThat(saida.toString(StandardCharsets.UTF_8).split(AquecimentoDoGerador.AQUECIDO, -1))
                    .hasSize(2);
        } finally {
            System.setOut(saidaOriginal);
        }
    }

    @Test
    void theSignalEndsTheWarmUpBeforeItsBound() {
        try (AquecimentoDoGerador gerador = AquecimentoDoGerador.iniciar()) {
            assertThat(gerador.aquecendo(() -> false)).isFalse();
        }
    }

    private void enviar(URI url) throws IOException, InterruptedException {
        HttpResponse<String> resposta = http.send(
                HttpRequest.newBuilder(url)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(resposta.statusCode()).isEqualTo(200);
    }

    @Test
    void closingFreesThePort() throws Exception {
        URI url;
        try (AquecimentoDoGerador gerador = AquecimentoDoGerador.iniciar()) {
            url = URI.create(gerador.url());
        }
        assertThatThrownBy(() ->
                        http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(IOException.class);
    }
}
