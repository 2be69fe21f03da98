package br.com.credito.edge;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One WireMock server standing in for the five services, started once per test JVM. */
final class BackendFalso {

    /** Threads to serve the 20 slow calls of the concurrency test at once, beside Jetty's acceptors and selectors. */
    static final WireMockServer SERVIDOR = new WireMockServer(WireMockConfiguration.options()
            .bindAddress("127.0.0.1")
            .dynamicPort()
            .containerThreads(40));

    private BackendFalso() {}

    static synchronized void apontarRotas(DynamicPropertyRegistry registro) {
        if (!SERVIDOR.isRunning()) {
            SERVIDOR.start();
            Runtime.getRuntime().addShutdownHook(new Thread(SERVIDOR::stop));
        }
        String base = "http://127.0.0.1:" + SERVIDOR.port();
        for (String destino : new String[] {"concessao", "historico", "score", "investimento"}) {
            registro.add("edge.destinos." + destino, () -> base);
        }
        // Nothing listens on port 1: the route to an unreachable service.
        registro.add("edge.destinos.regras", () -> "http://127.0.0.1:1");
    }
}
