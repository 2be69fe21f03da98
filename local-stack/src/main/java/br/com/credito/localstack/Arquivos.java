package br.com.credito.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers of the launcher. */
public final class Arquivos {

    private Arquivos() {}

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    public static void apagar(Path pasta) throws IOException {
        if (!Files.exists(pasta)) {
            return;
        }
        try (Stream<Path> caminhos = Files.walk(pasta)) {
            for (Path caminho : caminhos.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(caminho);
            }
        }
    }
}
