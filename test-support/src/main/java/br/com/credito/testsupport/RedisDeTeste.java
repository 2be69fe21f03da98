package br.com.credito.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A real redis-server (6.2, shipped in the embedded-redis jar) started once per test JVM on a free port. */
public final class RedisDeTeste {

    private static volatile RedisServer servidor;
    private static volatile int porta;

    private RedisDeTeste() {}

    public static synchronized int porta() {
        if (servidor == null) {
            if (porta == 0) {
                porta = PortaLivre.encontrar();
            }
            try {
                servidor = RedisServer.newRedisServer()
                        .port(porta)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                servidor.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Redis embarcado nao iniciou", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(RedisDeTeste::parar));
        }
        return porta;
    }

    /** Stops the server; the next {@link #porta()} starts it again on the same port. For outage tests. */
    public static synchronized void parar() {
        try {
            if (servidor != null) {
                servidor.stop();
            }
        } catch (IOException ignored) {
            // Already gone.
        } finally {
            servidor = null;
        }
    }

    static final class PortaLivre {
        private PortaLivre() {}

        static int encontrar() {
            try (ServerSocket s = new ServerSocket(0)) {
                s.setReuseAddress(true);
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
