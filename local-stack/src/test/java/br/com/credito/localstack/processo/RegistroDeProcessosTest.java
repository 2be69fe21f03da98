package br.com.credito.localstack.processo;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.localstack.Processos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class RegistroDeProcessosTest {

    @TempDir
    Path dados;

    @Test
    void oProximoLancadorParaOQueOAnteriorIniciouEDeixouRodando() throws Exception {
        Process sobra = new ProcessBuilder("sleep", "300").start();
        try {
            RegistroDeProcessos.em(dados).registrar(sobra.toHandle(), "redis-server");

            assertThat(RegistroDeProcessos.em(dados).encerrarSobras(Duration.ofSeconds(10)))
                    .containsExactly("redis-server (pid " + sobra.pid() + ")");
            assertThat(Processos.aguardarFim(sobra.toHandle(), 5_000)).isTrue();
            assertThat(RegistroDeProcessos.em(dados).encerrarSobras(Duration.ofSeconds(1)))
                    .as("a lista e esvaziada")
                    .isEmpty();
        } finally {
            sobra.destroyForcibly();
        }
    }

    @Test
    void umPidReusadoPorOutroProcessoNaoEParado() throws Exception {
        Process outro = new ProcessBuilder("sleep", "300").start();
        try {
            long inicioDiferente =
                    outro.toHandle().info().startInstant().orElseThrow().toEpochMilli() - 60_000;
            Files.writeString(dados.resolve("processos"), outro.pid() + ";" + inicioDiferente + ";redis-server\n");

            assertThat(RegistroDeProcessos.em(dados).encerrarSobras(Duration.ofSeconds(1)))
                    .isEmpty();
            assertThat(outro.isAlive()).isTrue();
        } finally {
            outro.destroyForcibly();
        }
    }
}
