package br.com.credito.localstack.processo;

import br.com.credito.localstack.Processos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The processes a launcher started (redis-server, the child JVMs, the cache training runs), one line each in its data
 * folder: pid, start instant, name. A launcher killed with SIGKILL runs no shutdown hook, so the next launcher on the
 * same folder stops what is still alive from that list. The start instant guards against a reused pid: a process
 * whose start differs is somebody else's and is left alone.
 */
public final class RegistroDeProcessos {

    private static final String ARQUIVO = "processos";

    private final Path arquivo;
    private final Object trava = new Object(); // training threads and the launcher's main thread append at once

    private RegistroDeProcessos(Path arquivo) {
        this.arquivo = arquivo;
    }

    public static RegistroDeProcessos em(Path dados) {
        return new RegistroDeProcessos(dados.resolve(ARQUIVO));
    }

    /** Appends the process; a process whose start instant the OS does not tell is not recorded (never matched). */
    public void registrar(ProcessHandle processo, String nome) {
        Optional<Instant> inicio = processo.info().startInstant();
        if (inicio.isEmpty()) {
            return;
        }
        String linha = processo.pid() + ";" + inicio.get().toEpochMilli() + ";" + nome + "\n";
        synchronized (trava) {
            try {
                Files.writeString(
                        arquivo, linha, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("[local-stack] aviso: registro de processos nao gravado: " + e);
            }
        }
    }

    /**
     * Stops every recorded process that still runs (SIGTERM, then SIGKILL after {@code prazo}) and empties the list.
     * Call only while holding the data folder's lock: then no live launcher owns them.
     *
     * @return the names of the processes stopped
     */
    public List<String> encerrarSobras(Duration prazo) throws IOException, InterruptedException {
        if (!Files.isRegularFile(arquivo)) {
            return List.of();
        }
        List<ProcessHandle> vivos = new ArrayList<>();
        List<String> nomes = new ArrayList<>();
        for (String linha : Files.readAllLines(arquivo, StandardCharsets.UTF_8)) {
            sobra(linha).ifPresent(processo -> {
                vivos.add(processo);
                nomes.add(linha.substring(linha.lastIndexOf(';') + 1) + " (pid " + processo.pid() + ")");
            });
        }
        vivos.forEach(ProcessHandle::destroy);
        long limite = System.nanoTime() + prazo.toNanos();
        for (ProcessHandle processo : vivos) {
            long restante = Math.max(0, (limite - System.nanoTime()) / 1_000_000);
            if (!Processos.aguardarFim(processo, restante)) {
                processo.destroyForcibly();
                Processos.aguardarFim(processo, 5_000);
            }
        }
        Files.delete(arquivo);
        return nomes;
    }

    /** The live process of a line, if it is still the one recorded. */
    static Optional<ProcessHandle> sobra(String linha) {
        String[] partes = linha.split(";", 3);
        if (partes.length < 3) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(partes[0]);
            long inicio = Long.parseLong(partes[1]);
            return ProcessHandle.of(pid)
                    .filter(Processos::vivo)
                    .filter(p -> p.info()
                            .startInstant()
                            .map(i -> i.toEpochMilli() == inicio)
                            .orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
