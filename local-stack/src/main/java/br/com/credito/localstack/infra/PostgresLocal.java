package br.com.credito.localstack.infra;

import br.com.credito.localstack.Processos;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

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

    /**
     * Stops a PostgreSQL still running on this data directory: the leftover of a launcher that was killed (the
     * postmaster runs in its own session, so a SIGKILL to the launcher's process group misses it, and the next start
     * would find its port taken). Recognised by its {@code postmaster.pid}: a live {@code postgres} process serving
     * this very directory. Stopped with SIGINT, PostgreSQL's fast shutdown (what {@code pg_ctl stop -m fast} sends;
     * pg_ctl itself refuses to run as root, as in some containers), committed data kept; SIGTERM (smart shutdown: no
     * client is left after a crash) when the kill command is missing. Call only while holding the data folder's lock.
     *
     * @return the pid stopped, if there was one
     */
    public static Optional<Long> encerrarSobra(Path dados) throws IOException, InterruptedException {
        Optional<ProcessHandle> sobra = postmasterAbandonado(dados);
        if (sobra.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle postmaster = sobra.get();
        boolean sinalizado;
        try {
            sinalizado = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            sinalizado = false;
        }
        if (!sinalizado) {
            postmaster.destroy();
        }
        if (!Processos.aguardarFim(postmaster, 40_000)) {
            throw new IOException("o PostgreSQL deixado por uma execucao anterior (pid " + postmaster.pid()
                    + ", dados em " + dados + ") nao parou; pare-o e tente de novo");
        }
        return Optional.of(postmaster.pid());
    }

    /** The postmaster of {@code postmaster.pid} when it is alive, a postgres binary and serving this directory. */
    static Optional<ProcessHandle> postmasterAbandonado(Path dados) throws IOException {
        Path arquivoPid = dados.resolve("postmaster.pid");
        if (!Files.isRegularFile(arquivoPid)) {
            return Optional.empty();
        }
        List<String> linhas = Files.readAllLines(arquivoPid);
        if (linhas.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(linhas.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path pastaDoServidor = Path.of(linhas.get(1).trim());
        return ProcessHandle.of(pid)
                .filter(Processos::vivo)
                .filter(p -> p.info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false))
                .filter(p -> mesmaPasta(pastaDoServidor, dados));
    }

    private static boolean mesmaPasta(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Known from the port alone, so the applications' environment is ready before the server is. */
    public static String jdbcUrl(int porta) {
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
