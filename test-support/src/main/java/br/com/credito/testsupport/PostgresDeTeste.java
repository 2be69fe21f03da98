package br.com.credito.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 server (zonky embedded binaries) started once per test JVM. Each Spring context gets a fresh
 * database in it, so contexts cached by the test framework never see each other's rows.
 */
public final class PostgresDeTeste {

    private static final AtomicInteger SEQUENCIA = new AtomicInteger();
    private static volatile EmbeddedPostgres servidor;

    private PostgresDeTeste() {}

    public static synchronized EmbeddedPostgres servidor() {
        if (servidor == null) {
            try {
                servidor = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL embarcado nao iniciou", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDeTeste::parar));
        }
        return servidor;
    }

    /** Creates a new empty database and returns its JDBC URL (user and password: postgres). */
    public static String novoBanco() {
        String nome = "teste_" + ProcessHandle.current().pid() + "_" + SEQUENCIA.incrementAndGet();
        try (Connection c = servidor().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + nome);
        } catch (SQLException e) {
            throw new IllegalStateException("Nao foi possivel criar o banco de teste", e);
        }
        return servidor().getJdbcUrl("postgres", nome);
    }

    private static void parar() {
        try {
            if (servidor != null) {
                servidor.close();
            }
        } catch (IOException ignored) {
            // The JVM is exiting; the process is reaped with it.
        }
    }
}
