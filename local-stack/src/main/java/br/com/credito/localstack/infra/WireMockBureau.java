package br.com.credito.localstack.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plain WireMock server on loopback. It loads the fixtures of the bureau-simulator module when that module has a
 * WireMock folder ({@code mappings/} + {@code __files/}); otherwise it serves two stubs for client 12345 so the demo
 * runs. Replaced by the simulator's own helper when issue 3 lands (see {@link SimuladorBureau}).
 */
public final class WireMockBureau implements SimuladorBureau {

    private final WireMockServer servidor;

    private WireMockBureau(WireMockServer servidor) {
        this.servidor = servidor;
    }

    public static WireMockBureau iniciar(int porta, Path raiz) {
        WireMockConfiguration opcoes = WireMockConfiguration.options()
                .port(porta)
                .bindAddress("127.0.0.1")
                .disableRequestJournal();
        Optional<Path> fixtures = fixturesDoSimulador(raiz.resolve("bureau-simulator"));
        fixtures.ifPresent(pasta -> opcoes.usingFilesUnderDirectory(pasta.toString()));
        WireMockServer servidor = new WireMockServer(opcoes);
        servidor.start();
        if (fixtures.isEmpty()) {
            stubsMinimos(servidor);
        }
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

    private static void stubsMinimos(WireMockServer servidor) {
        servidor.stubFor(get(urlPathEqualTo("/score-bureau/v1/scores/12345"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"idCliente\":\"12345\",\"score\":750,"
                                + "\"ultimaAtualizacao\":\"2026-11-29T10:00:00Z\"}")));
        servidor.stubFor(get(urlPathEqualTo("/historico-bureau/v1/clientes/12345/contratos"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"idContrato\":\"CT-1001\",\"tipoProduto\":\"Emprestimo\","
                                + "\"valorContratado\":5000.00,\"saldoAberto\":2500.00,\"diasEmAtraso\":0}]")));
    }
}
