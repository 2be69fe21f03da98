package br.com.credito.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The launcher's claim on its data folder, held while it runs. The operating system drops the lock when the launcher
 * dies however it dies (kill -9 included), so once a launcher holds it, whatever still runs on that folder (a
 * PostgreSQL on its pgdata, the processes of its registry) is the leftover of a dead launcher and may be stopped; and
 * two launchers never share one folder.
 */
final class TravaDosDados {

    private final FileChannel canal;
    private final FileLock trava;

    private TravaDosDados(FileChannel canal, FileLock trava) {
        this.canal = canal;
        this.trava = trava;
    }

    /** Throws IllegalStateException when another live launcher holds the folder. */
    static TravaDosDados adquirir(Path dados) throws IOException {
        Files.createDirectories(dados);
        FileChannel canal =
                FileChannel.open(dados.resolve(".trava"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock trava = canal.tryLock();
        if (trava == null) {
            canal.close();
            throw new IllegalStateException("outra pilha local esta rodando com a pasta de dados " + dados
                    + " (pare-a ou use --dados=OUTRA_PASTA)");
        }
        return new TravaDosDados(canal, trava);
    }

    boolean valida() {
        return trava.isValid() && canal.isOpen();
    }
}
