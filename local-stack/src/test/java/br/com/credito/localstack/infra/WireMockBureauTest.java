package br.com.credito.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WireMockBureauTest {

    private static final Path RAIZ = Path.of(System.getProperty("raiz.repositorio", ".."))
            .toAbsolutePath()
            .normalize();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void deveContarAsChamadasComoOReadmeDoSimuladorMostra() throws Exception {
        try (WireMockBureau bureau = WireMockBureau.iniciar(0, RAIZ)) {
            for (int i = 0; i < 3; i++) {
                get(bureau, "/score-bureau/12345");
            }
            get(bureau, "/historico-bureau/12345");

            assertThat(contar(bureau, "/score-bureau/.*")).contains("\"count\" : 3");
        }
    }

    @Test
    void deveGuardarSoAsUltimasRequisicoesDoLimite() throws Exception {
        try (WireMockBureau bureau = WireMockBureau.iniciar(0, RAIZ, 5)) {
            for (int i = 0; i < 8; i++) {
                get(bureau, "/score-bureau/12345");
            }

            assertThat(contar(bureau, "/score-bureau/.*")).contains("\"count\" : 5");
        }
    }

    @Test
    void oAquecimentoRespondeOsClientesGeradosESaiDoJournal() throws Exception {
        try (WireMockBureau bureau = WireMockBureau.iniciar(0, RAIZ)) {
            get(bureau, "/score-bureau/v1/scores/912345");

            assertThat(bureau.aquecer(3))
                    .as("score e historico de 3 clientes gerados, comprimidos como o cliente dos servicos os pede")
                    .isEqualTo(6);

            assertThat(contar(bureau, "/score-bureau/.*"))
                    .as("so a chamada de fora continua no journal")
                    .contains("\"count\" : 1");
            assertThat(contar(bureau, "/historico-bureau/.*")).contains("\"count\" : 0");
        }
    }

    @Test
    void oLimitePadraoEOQueOReadmeDoSimuladorPromete() throws Exception {
        String readme = Files.readString(RAIZ.resolve("bureau-simulator/README.md"));

        assertThat(readme)
                .contains("journal keeps the last "
                        + String.format(Locale.ROOT, "%,d", WireMockBureau.JOURNAL_MAXIMO)
                                .replace(',', ' ')
                        + " requests");
    }

    private void get(WireMockBureau bureau, String caminho) throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create(base(bureau) + caminho)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The README's command: {@code curl -s $B/__admin/requests/count -d '{...}'}. */
    private String contar(WireMockBureau bureau, String padrao) throws Exception {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create(bureau.urlAdmin() + "/requests/count"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"GET\",\"urlPathPattern\":\"" + padrao + "\"}"))
                .build();
        return http.send(pedido, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String base(WireMockBureau bureau) {
        return bureau.urlAdmin().replace("/__admin", "");
    }
}
