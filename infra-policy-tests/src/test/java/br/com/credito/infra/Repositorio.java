package br.com.credito.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the files under test live: the repository root, overridable to run the policies against a changed copy. */
public final class Repositorio {

    private Repositorio() {}

    public static Path raiz() {
        Path raiz = Path.of(System.getProperty("credito.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(raiz.resolve("infra-terraform"))) {
            throw new IllegalStateException("Sem infra-terraform/ em " + raiz + " (credito.repo.root)");
        }
        return raiz;
    }

    public static Path caminho(String relativo) {
        return raiz().resolve(relativo);
    }
}
