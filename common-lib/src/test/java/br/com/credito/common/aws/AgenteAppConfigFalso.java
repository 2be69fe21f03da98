package br.com.credito.common.aws;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for the AppConfig Agent on loopback: answers the flag path with a settable status and body. */
final class AgenteAppConfigFalso implements AutoCloseable {

    static final String CAMINHO = "/applications/credito/environments/dev/configurations/feature-flags";

    private final HttpServer servidor;
    private final AtomicInteger pedidos = new AtomicInteger();
    private volatile int status = 200;
    private volatile String corpo = "{}";

    AgenteAppConfigFalso() throws IOException {
        servidor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        servidor.createContext(CAMINHO, troca -> {
            pedidos.incrementAndGet();
            byte[] bytes = corpo.getBytes(StandardCharsets.UTF_8);
            troca.getResponseHeaders().add("Content-Type", "application/json");
            troca.sendResponseHeaders(status, bytes.length);
            try (OutputStream saida = troca.getResponseBody()) {
                saida.write(bytes);
            }
        });
        servidor.start();
    }

    void responder(int status, String corpo) {
        this.status = status;
        this.corpo = corpo;
    }

    int pedidos() {
        return pedidos.get();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + servidor.getAddress().getPort() + CAMINHO);
    }

    @Override
    public void close() {
        servidor.stop(0);
    }
}
