package br.com.credito.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Command-line options. {@code --clean} starts with an empty database; {@code --timeout=SECONDS} bounds the wait for
 * readiness; {@code --dados=DIR} keeps data and logs elsewhere than {@code .local-stack} (the end-to-end test does). The repository root is the working directory (the run script changes to it) or {@code -Draiz.repositorio}.
 */
public record Opcoes(boolean limpar, Duration prazoProntidao, Path raiz, Path dados) {

    public static Opcoes de(List<String> argumentos) {
        boolean limpar = false;
        Duration prazo = Duration.ofSeconds(300);
        Path raiz = raizDoRepositorio();
        Path dados = raiz.resolve(".local-stack");
        for (String argumento : argumentos) {
            if (argumento.equals("--clean")) {
                limpar = true;
            } else if (argumento.startsWith("--timeout=")) {
                prazo = Duration.ofSeconds(Long.parseLong(argumento.substring("--timeout=".length())));
            } else if (argumento.startsWith("--dados=")) {
                dados = raiz.resolve(argumento.substring("--dados=".length()));
            } else {
                throw new IllegalArgumentException(
                        "opcao desconhecida: " + argumento + " (use --clean, --timeout=SEGUNDOS, --dados=PASTA)");
            }
        }
        return new Opcoes(limpar, prazo, raiz, dados);
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
