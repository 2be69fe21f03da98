package br.com.credito.localstack.infra;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bureau simulator on loopback: WireMock over the bureau-simulator module's fixture folder, read from the working
 * tree. The simulator's own {@code SimuladorBureau.iniciar} reads the same fixtures from the classpath, which WireMock
 * cannot do from inside this launcher's Spring Boot jar (nested jars); the fixtures and response templating are the
 * same either way. The request journal keeps the last {@value #JOURNAL_MAXIMO} requests, as the simulator's README says
 * (its call-counting command answers -1 with the journal off); bounded, so a long load test does not grow it.
 */
public final class WireMockBureau implements SimuladorBureau {

    static final int JOURNAL_MAXIMO = 10_000;

    /** Marks the launcher's own warm-up requests, so they can be taken out of the journal again. */
    static final String CABECALHO_AQUECIMENTO = "X-Aquecimento-Lancador";

    /** Above the 200 calls after which the launcher's C1 compiles a method (its default profile's threshold). */
    static final int RODADAS_DE_AQUECIMENTO = 300;

    private final WireMockServer servidor;

    private WireMockBureau(WireMockServer servidor) {
        this.servidor = servidor;
    }

    public static WireMockBureau iniciar(int porta, Path raiz) {
        return iniciar(porta, raiz, JOURNAL_MAXIMO);
    }

    static WireMockBureau iniciar(int porta, Path raiz, int journalMaximo) {
        WireMockConfiguration opcoes = WireMockConfiguration.options()
                .port(porta)
                .bindAddress("127.0.0.1")
                .maxRequestJournalEntries(journalMaximo);
        Path fixtures = fixturesDoSimulador(raiz.resolve("bureau-simulator"))
                .orElseThrow(() -> new IllegalStateException(
                        "fixtures do simulador de bureau nao encontradas em bureau-simulator/src/main/resources"));
        opcoes.usingFilesUnderDirectory(fixtures.toString()).templatingEnabled(true);
        WireMockServer servidor = new WireMockServer(opcoes);
        servidor.start();
        return new WireMockBureau(servidor);
    }

    /**
     * Answers the generated clients' paths of both bureaus {@code rodadas} times, on the launcher's time rather than on
     * the first decisions': cold, its first answer took ~160 ms against ~5 ms later while the services' first real
     * calls waited on it, a cost the real bureau (a warm external service) never adds. The warm-up's requests are then
     * removed from the journal (only they carry the header), so call counts stay the services' own, even for a call
     * that arrived meanwhile. Each request accepts gzip, as the services' client (Apache HttpClient 5) does: the
     * simulator's first compressed answers were still cold on the first decisions. Returns how many answers were 200
     * and gzip-compressed.
     */
    int aquecer(int rodadas) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + servidor.port();
        int respondidas = 0;
        for (int i = 0; i < rodadas; i++) {
            // 9xxxxx: the generated-client fixtures, the ones a new client of the drills and load tests meets.
            String cliente = Integer.toString(900_000 + i % 100_000);
            for (String caminho : List.of(
                    "/score-bureau/v1/scores/" + cliente, "/historico-bureau/v1/clientes/" + cliente + "/contratos")) {
                HttpRequest pedido = HttpRequest.newBuilder(URI.create(base + caminho))
                        .header(CABECALHO_AQUECIMENTO, "1")
                        .header("Accept-Encoding", "gzip")
                        .build();
                HttpResponse<Void> resposta = http.send(pedido, HttpResponse.BodyHandlers.discarding());
                if (resposta.statusCode() == 200
                        && resposta.headers()
                                .firstValue("Content-Encoding")
                                .orElse("")
                                .equals("gzip")) {
                    respondidas++;
                }
            }
        }
        servidor.removeServeEventsMatching(RequestPatternBuilder.allRequests()
                .withHeader(CABECALHO_AQUECIMENTO, WireMock.equalTo("1"))
                .build());
        return respondidas;
    }

    /**
     * {@link #aquecer} on a thread of its own, so the applications start meanwhile; a failure only costs the warm-up.
     */
    void aquecerEmSegundoPlano() {
        Thread.ofPlatform().name("aquecimento-bureau").daemon().start(() -> {
            long inicio = System.nanoTime();
            try {
                int respondidas = aquecer(RODADAS_DE_AQUECIMENTO);
                System.out.printf(
                        "[local-stack] simulador do bureau aquecido em %.1f s (%d respostas 200)%n",
                        (System.nanoTime() - inicio) / 1e9, respondidas);
            } catch (IOException | RuntimeException e) {
                System.err.println("[local-stack] aviso: aquecimento do simulador do bureau falhou: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public String urlAdmin() {
        return "http://localhost:" + servidor.port() + "/__admin";
    }

    @Override
    public void close() {
        servidor.stop();
    }

    static Optional<Path> fixturesDoSimulador(Path modulo) {
        Path recursos = modulo.resolve("src/main/resources");
        if (!Files.isDirectory(recursos)) {
            return Optional.empty();
        }
        try (Stream<Path> pastas = Files.walk(recursos, 3)) {
            return pastas.filter(p -> p.getFileName().toString().equals("mappings") && Files.isDirectory(p))
                    .map(Path::getParent)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
