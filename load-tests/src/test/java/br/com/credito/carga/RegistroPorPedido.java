package br.com.credito.carga;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One line per concessão, {@code t0_ms status ms codigoDecisao}, for drills that need more than Gatling's summary:
 * the cold-start drill buckets latency by the second after readiness and counts the EM_ANALISE answers (Gatling's own
 * simulation.log is binary). A time-out has status {@code 000}. Off unless {@code -Dcarga.registro=FILE}.
 */
final class RegistroPorPedido implements AutoCloseable {

    static final String INICIO = "registroInicio";
    static final String STATUS = "registroStatus";
    static final String MS = "registroMs";
    static final String CODIGO = "registroCodigo";

    private final BufferedWriter saida;

    private RegistroPorPedido(BufferedWriter saida) {
        this.saida = saida;
    }

    /** Null when {@code carga.registro} is not set. */
    static RegistroPorPedido de(Propriedades p) {
        String arquivo = p.texto("carga.registro", null);
        if (arquivo == null) {
            return null;
        }
        try {
            return new RegistroPorPedido(Files.newBufferedWriter(Path.of(arquivo), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("carga.registro: " + arquivo, e);
        }
    }

    ChainBuilder marcarInicio() {
        return exec(session -> session.set(INICIO, System.currentTimeMillis()));
    }

    ChainBuilder anotar() {
        return exec(session -> {
            escrever(linha(session));
            return session;
        });
    }

    static String linha(Session session) {
        long inicio = session.getLong(INICIO);
        String status = session.contains(STATUS) ? String.valueOf(session.getInt(STATUS)) : "000";
        long ms = session.contains(MS) ? session.getInt(MS) : System.currentTimeMillis() - inicio;
        String codigo = session.contains(CODIGO) ? session.getString(CODIGO) : "-";
        return inicio + " " + status + " " + ms + " " + codigo;
    }

    private synchronized void escrever(String linha) {
        try {
            saida.write(linha);
            saida.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            saida.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
