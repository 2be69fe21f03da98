package br.com.credito.localstack.infra;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
