package br.com.credito.localstack.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.localstack.VerificadorDePortas;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers start together; when one of them cannot, the others, up or still starting, are stopped. */
class InfraEmbarcadaTest {

    private static final Path RAIZ = Path.of(System.getProperty("raiz.repositorio", ".."));

    @TempDir
    Path dados;

    @Test
    void quandoOPostgresNaoSobeOsQueSubiamAoLadoSaoParados() throws IOException {
        int redis = portaLivre();
        int sqs = portaLivre();
        int bureau = portaLivre();
        // A file where its data directory should be: initdb cannot run. (A port held by a plain socket would not do:
        // the socket accepts the connection the start waits on and never answers.)
        Files.writeString(dados.resolve("pgdata"), "nao e uma pasta");

        iniciarEFalhar(portaLivre(), redis, sqs, bureau);

        assertThat(VerificadorDePortas.livre(sqs)).as("ElasticMQ stopped").isTrue();
        assertThat(VerificadorDePortas.livre(bureau))
                .as("bureau simulator stopped")
                .isTrue();
        assertThat(VerificadorDePortas.livre(redis)).as("Redis never started").isTrue();
    }

    @Test
    void quandoOSimuladorNaoSobeOsOutrosSaoParados() throws IOException {
        int postgres = portaLivre();
        int redis = portaLivre();
        int sqs = portaLivre();
        try (ServerSocket ocupada = new ServerSocket(0)) {
            iniciarEFalhar(postgres, redis, sqs, ocupada.getLocalPort());
        }

        assertThat(VerificadorDePortas.livre(postgres)).as("PostgreSQL stopped").isTrue();
        assertThat(VerificadorDePortas.livre(redis)).as("Redis stopped").isTrue();
        assertThat(VerificadorDePortas.livre(sqs)).as("ElasticMQ stopped").isTrue();
    }

    private void iniciarEFalhar(int postgres, int redis, int sqs, int bureau) {
        InfraEmbarcada.Config config =
                new InfraEmbarcada.Config(postgres, redis, sqs, bureau, dados.resolve("pgdata"), RAIZ);
        assertThatThrownBy(() -> InfraEmbarcada.iniciar(config).close())
                .as("one server's port is taken")
                .isInstanceOfAny(IOException.class, RuntimeException.class);
        assertThat(Thread.getAllStackTraces().keySet())
                .as("nothing is still starting behind the failure (it would hold its port once up)")
                .noneMatch(thread -> thread.isAlive() && thread.getName().startsWith("inicio-"));
    }

    private static int portaLivre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
