package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import br.com.credito.infra.Repositorio;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code terraform fmt -check} where a terraform binary is on the PATH; skipped, with the reason, where it is not
 * (the build needs only a JDK). CI runs it in its own job anyway.
 */
class TerraformFmtTest {

    @Test
    void terraformFormatado() throws IOException, InterruptedException {
        Optional<Path> terraform = noPath("terraform");
        assumeTrue(terraform.isPresent(), "terraform nao esta no PATH: fmt -check nao foi executado");

        Process processo = new ProcessBuilder(
                        terraform.get().toString(), "fmt", "-check", "-recursive", "-no-color", "infra-terraform")
                .directory(Repositorio.raiz().toFile())
                .redirectErrorStream(true)
                .start();
        processo.getOutputStream().close();
        boolean terminou = processo.waitFor(60, TimeUnit.SECONDS);
        String saida = new String(processo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!terminou) {
            processo.destroyForcibly();
        }

        assertThat(terminou).as("terraform fmt terminou em 60 s").isTrue();
        assertThat(processo.exitValue())
                .as("arquivos fora do formato:%n%s", saida)
                .isZero();
    }

    private static Optional<Path> noPath(String programa) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Arrays.stream(path.split(File.pathSeparator))
                .map(diretorio -> Path.of(diretorio, programa))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
