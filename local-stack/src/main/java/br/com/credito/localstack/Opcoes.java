package br.com.credito.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Command-line options. {@code --clean} starts with an empty database; {@code --timeout=SECONDS} bounds the wait for
 * readiness. The repository root is the working directory (the run script changes to it) or {@code -Draiz.repositorio}.
 */
public record Opcoes(boolean limpar, Duration prazoProntidao, Path raiz) {

    public static Opcoes de(List<String> argumentos) {
        boolean limpar = false;
        Duration prazo = Duration.ofSeconds(180);
        for (String argumento : argumentos) {
            if (argumento.equals("--clean")) {
                limpar = true;
            } else if (argumento.startsWith("--timeout=")) {
                prazo = Duration.ofSeconds(Long.parseLong(argumento.substring("--timeout=".length())));
            } else {
                throw new IllegalArgumentException(
                        "opcao desconhecida: " + argumento + " (use --clean e/ou --timeout=SEGUNDOS)");
            }
        }
        return new Opcoes(limpar, prazo, raizDoRepositorio());
    }

    public Path dados() {
        return raiz.resolve(".local-stack");
    }

    private static Path raizDoRepositorio() {
        Path raiz = Path.of(System.getProperty("raiz.repositorio", "")).toAbsolutePath();
        if (!Files.isRegularFile(raiz.resolve("pom.xml")) || !Files.isDirectory(raiz.resolve("local-stack"))) {
            throw new IllegalArgumentException(
                    "Execute a partir da raiz do repositorio (onde esta o pom.xml): " + raiz);
        }
        return raiz;
    }
}
