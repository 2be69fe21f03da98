package br.com.credito.bureau;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.logging.Logger;

/**
 * Starts the bureau simulator: a WireMock server (admin API at {@code /__admin}) with the repository's fixtures loaded
 * from the classpath, so it runs the same from the jar, from the local stack and inside other modules' tests.
 */
public final class SimuladorBureau {

    public static final int PORTA_PADRAO = 8090;
    static final String RAIZ_FIXTURES = "bureau";
    // Bounded so a long load test does not grow the journal without end; tests read far fewer entries.
    private static final int JOURNAL_MAXIMO = 10_000;
    private static final Logger LOG = Logger.getLogger(SimuladorBureau.class.getName());

    private SimuladorBureau() {}

    /** Starts on loopback; port 0 picks a free one ({@code servidor.port()} tells which). */
    public static WireMockServer iniciar(int porta) {
        return iniciar("127.0.0.1", porta);
    }

    public static WireMockServer iniciar(String endereco, int porta) {
        WireMockServer servidor = new WireMockServer(options()
                .bindAddress(endereco)
                .port(porta)
                .usingFilesUnderClasspath(RAIZ_FIXTURES)
                .templatingEnabled(true)
                .globalTemplating(false)
                .maxRequestJournalEntries(JOURNAL_MAXIMO));
        servidor.start();
        return servidor;
    }

    /**
     * One simulator per JVM on a free port, for test suites whose Spring contexts are cached and reused: every context
     * then points at the same server, and each test calls {@link FalhasDoBureau#restaurar} first.
     */
    public static WireMockServer compartilhado() {
        return Compartilhado.SERVIDOR;
    }

    /** Started on first use; class initialisation makes that thread-safe without a lock. */
    private static final class Compartilhado {
        static final WireMockServer SERVIDOR = iniciar(0);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(SERVIDOR::stop));
        }
    }

    /** Port from the first argument, else {@code BUREAU_PORT}, else 8090; address from {@code BUREAU_BIND}. */
    public static void main(String[] args) {
        String porta = args.length > 0 ? args[0] : System.getenv().getOrDefault("BUREAU_PORT", "" + PORTA_PADRAO);
        String endereco = System.getenv().getOrDefault("BUREAU_BIND", "127.0.0.1");
        WireMockServer servidor = iniciar(endereco, Integer.parseInt(porta));
        LOG.info(() -> "Simulador de bureau em http://" + endereco + ":" + servidor.port() + " (admin em /__admin)");
    }
}
