package br.com.credito.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line options. {@code --clean} starts with an empty database; {@code --timeout=SECONDS} bounds the wait for
 * readiness; {@code --dados=DIR} keeps data and logs elsewhere than {@code .local-stack} (the end-to-end test does);
 * {@code --sem=MODULE,...} leaves applications out (to run one from the IDE against the rest); {@code --carga} runs the
 * applications for speed rather than start-up time ({@link Perfil#CARGA}). The repository root is the working directory
 * (the run script changes to it) or {@code -Draiz.repositorio}.
 */
public record Opcoes(boolean limpar, Duration prazoProntidao, Path raiz, Path dados, Set<String> sem, Perfil perfil) {

    public static Opcoes de(List<String> argumentos) {
        boolean limpar = false;
        Duration prazo = Duration.ofSeconds(300);
        Path raiz = raizDoRepositorio();
        Path dados = raiz.resolve(".local-stack");
        Set<String> sem = new TreeSet<>();
        Perfil perfil = Perfil.DESENVOLVIMENTO;
        for (String argumento : argumentos) {
            if (argumento.equals("--clean")) {
                limpar = true;
            } else if (argumento.startsWith("--timeout=")) {
                prazo = Duration.ofSeconds(Long.parseLong(argumento.substring("--timeout=".length())));
            } else if (argumento.startsWith("--dados=")) {
                dados = raiz.resolve(argumento.substring("--dados=".length()));
            } else if (argumento.equals("--carga")) {
                perfil = Perfil.CARGA;
            } else if (argumento.startsWith("--sem=")) {
                sem.addAll(Arrays.asList(argumento.substring("--sem=".length()).split(",")));
            } else {
                throw new IllegalArgumentException("opcao desconhecida: " + argumento
                        + " (use --clean, --timeout=SEGUNDOS, --dados=PASTA, --sem=MODULO,..., --carga)");
            }
        }
        return new Opcoes(limpar, prazo, raiz, dados, Set.copyOf(sem), perfil);
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
