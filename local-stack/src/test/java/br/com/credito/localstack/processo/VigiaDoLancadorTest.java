package br.com.credito.localstack.processo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real child JVM: it runs its main class and ends when its stdin pipe closes, as when the launcher dies. */
class VigiaDoLancadorTest {

    @TempDir
    Path pasta;

    /** Stands for an application: writes a file so the test knows main ran, then would run forever. */
    public static final class AplicacaoQueNuncaTermina {

        public static void main(String[] args) throws Exception {
            Files.writeString(Path.of(args[0]), "rodando");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aAplicacaoTerminaQuandoOLancadorSome() throws Exception {
        Path sinal = pasta.resolve("rodando");
        Process filho = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path") + File.pathSeparator,
                        VigiaDoLancador.class.getName(),
                        AplicacaoQueNuncaTermina.class.getName(),
                        sinal.toString()))
                .redirectErrorStream(true)
                .redirectOutput(pasta.resolve("saida.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(sinal).as("o main da aplicacao rodou").exists());
            assertThat(filho.isAlive()).isTrue();

            filho.getOutputStream().close(); // what the OS does to the pipe when the launcher dies

            assertThat(filho.waitFor(30, TimeUnit.SECONDS))
                    .as("o filho terminou")
                    .isTrue();
            assertThat(filho.exitValue()).isZero();
            assertThat(Files.readString(pasta.resolve("saida.log"))).contains("o launcher terminou");
        } finally {
            filho.destroyForcibly();
        }
    }
}
