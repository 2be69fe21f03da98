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
 * database {@value #BANCO}; each service creates its own schema in it with Flyway.
 */
public final class PostgresLocal implements AutoCloseable {

    public static final String BANCO = "credito";

    private final EmbeddedPostgres servidor;

    private PostgresLocal(EmbeddedPostgres servidor) {
        this.servidor = servidor;
    }

    public static PostgresLocal iniciar(int porta, Path dados) throws IOException {
        EmbeddedPostgres servidor = EmbeddedPostgres.builder()
                .setPort(porta)
                .setDataDirectory(dados)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .start();
        PostgresLocal local = new PostgresLocal(servidor);
        local.criarBancoSeFaltar();
        return local;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + servidor.getPort() + "/" + BANCO;
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
        servidor.close();
    }
}
