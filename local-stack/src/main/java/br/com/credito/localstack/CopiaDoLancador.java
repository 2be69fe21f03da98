package br.com.credito.localstack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * run-local.sh runs the launcher from a private copy, {@code .local-stack/launcher-PID.jar} (a rebuild while it runs
 * must not pull its jar away), and hands its own process over to it ({@code exec}), so PID is the launcher's. The
 * launcher deletes its copy when it stops, and the copies of launchers that were killed when the next one starts.
 */
final class CopiaDoLancador {

    private static final Pattern NOME = Pattern.compile("launcher-(\\d+)\\.jar");

    private CopiaDoLancador() {}

    static void apagarAPropria(Path raiz) {
        try {
            Files.deleteIfExists(
                    pasta(raiz).resolve("launcher-" + ProcessHandle.current().pid() + ".jar"));
        } catch (IOException e) {
            // a copy left behind is removed by the next start
        }
    }

    static void apagarAbandonadas(Path raiz) throws IOException {
        if (!Files.isDirectory(pasta(raiz))) {
            return;
        }
        try (DirectoryStream<Path> copias = Files.newDirectoryStream(pasta(raiz), "launcher-*.jar")) {
            for (Path copia : copias) {
                Matcher nome = NOME.matcher(copia.getFileName().toString());
                if (nome.matches()
                        && ProcessHandle.of(Long.parseLong(nome.group(1)))
                                .filter(ProcessHandle::isAlive)
                                .isEmpty()) {
                    Files.deleteIfExists(copia);
                }
            }
        }
    }

    private static Path pasta(Path raiz) {
        return raiz.resolve(".local-stack");
    }
}
