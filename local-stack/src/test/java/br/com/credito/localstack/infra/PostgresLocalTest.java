package br.com.credito.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a live postgres serving this very directory is the launcher's leftover; anything else is left alone. */
class PostgresLocalTest {

    @TempDir
    Path dados;

    @Test
    void semPostmasterPidNaoHaSobra() throws Exception {
        assertThat(PostgresLocal.encerrarSobra(dados)).isEmpty();
    }

    @Test
    void umPidVivoQueNaoEPostgresNaoEParado() throws Exception {
        Process outro = new ProcessBuilder("sleep", "300").start();
        try {
            Files.writeString(dados.resolve("postmaster.pid"), outro.pid() + "\n" + dados + "\n1\n9432\n");

            assertThat(PostgresLocal.encerrarSobra(dados)).isEmpty();
            assertThat(outro.isAlive()).isTrue();
        } finally {
            outro.destroyForcibly();
        }
    }

    @Test
    void umArquivoDeUmServidorQueJaMorreuEIgnorado() throws Exception {
        Files.writeString(dados.resolve("postmaster.pid"), Long.MAX_VALUE + "\n" + dados + "\n");

        assertThat(PostgresLocal.encerrarSobra(dados)).isEmpty();
    }
}
