package br.com.credito.localstack.infra;

import java.io.IOException;
import java.util.Optional;
import redis.embedded.RedisServer;

/** A real redis-server on loopback. Only caches live in it, so nothing is written to disk. */
public final class RedisLocal implements AutoCloseable {

    private final RedisServer servidor;

    private RedisLocal(RedisServer servidor) {
        this.servidor = servidor;
    }

    /**
     * The redis-server child process, for the launcher's registry: it is a separate process and outlives a launcher
     * killed alone.
     */
    public Optional<ProcessHandle> processo() {
        return ProcessHandle.current()
                .children()
                .filter(p ->
                        p.info().command().map(c -> c.contains("redis-server")).orElse(false))
                .findFirst();
    }

    public static RedisLocal iniciar(int porta) throws IOException {
        RedisServer servidor = RedisServer.newRedisServer()
                .port(porta)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        servidor.start();
        return new RedisLocal(servidor);
    }

    @Override
    public void close() throws IOException {
        servidor.stop();
    }
}
