package br.com.credito.localstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL whose data directory survives restarts: initdb runs only when the directory is new. Holds the
 * database {@value #BANCO}; each service creates its own schema in it with Flyway. Can be restarted on the same port
 * and data directory (the PostgreSQL-restart drill): the services must reconnect by themselves.
 */
public final class PostgresLocal implements AutoCloseable {

    public static final String BANCO = "credito";

    private final int porta;
    private final Path dados;
    private final Object trava = new Object(); // the admin thread and Ctrl-C may restart/stop at the same time
    private EmbeddedPostgres servidor;

    private PostgresLocal(int porta, Path dados, EmbeddedPostgres servidor) {
        this.porta = porta;
        this.dados = dados;
        this.servidor = servidor;
    }

    public static PostgresLocal iniciar(int porta, Path dados) throws IOException {
        PostgresLocal local = new PostgresLocal(porta, dados, subir(porta, dados));
        local.criarBancoSeFaltar();
        return local;
    }

    private static EmbeddedPostgres subir(int porta, Path dados) throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(porta)
                .setDataDirectory(dados)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .start();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + porta + "/" + BANCO;
    }

    /**
     * Stops the server (open connections are cut, as in a failover) and starts it on the same port and data: committed
     * data survives, the services' pools must replace their dead connections.
     */
    public void reiniciar() throws IOException {
        synchronized (trava) {
            servidor.close();
            servidor = subir(porta, dados);
        }
    }

    private void criarBancoSeFaltar() throws IOException {
        try (Connection c = servidor.getPostgresDatabase().getConnection();
                PreparedStatement consulta = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            consulta.setString(1, BANCO);
            try (ResultSet existe = consulta.executeQuery();
                    Statement criar = c.createStatement()) {
                if (!existe.next()) {
                    criar.execute("CREATE DATABASE " + BANCO);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Nao foi possivel criar o banco " + BANCO, e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (trava) {
            servidor.close();
        }
    }
}
