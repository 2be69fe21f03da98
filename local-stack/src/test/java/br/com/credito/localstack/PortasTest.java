package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortasTest {

    @Test
    void deveUsarAsPortasDaArquiteturaQuandoNadaEConfigurado() {
        Portas portas = Portas.de(nome -> null);

        assertThat(portas.porNome().values())
                .containsExactly(5432, 6379, 9324, 8090, 9000, 8080, 8081, 8082, 8083, 8084, 8085);
    }

    @Test
    void devePermitirTrocarCadaPortaPorVariavel() {
        Map<String, String> ambiente = Map.of("LOCAL_EDGE_PORT", "18080", "LOCAL_POSTGRES_PORT", " 15432 ");

        Portas portas = Portas.de(ambiente::get);

        assertThat(portas.edge()).isEqualTo(18080);
        assertThat(portas.postgres()).isEqualTo(15432);
        assertThat(portas.auth()).isEqualTo(9000);
    }

    @Test
    void deveRecusarPortaInvalidaComONomeDaVariavel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Portas.de(Map.of("LOCAL_SCORE_PORT", "oito")::get))
                .withMessageContaining("LOCAL_SCORE_PORT");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Portas.de(Map.of("LOCAL_SCORE_PORT", "70000")::get))
                .withMessageContaining("LOCAL_SCORE_PORT");
    }

    @Test
    void deveApontarPortaOcupadaEPortaRepetidaAntesDeIniciar() throws IOException {
        try (ServerSocket ocupada = new ServerSocket()) {
            ocupada.bind(new InetSocketAddress("127.0.0.1", 0));
            int porta = ocupada.getLocalPort();
            Portas portas = Portas.de(Map.of(
                    "LOCAL_EDGE_PORT", Integer.toString(porta),
                    "LOCAL_SCORE_PORT", "18500",
                    "LOCAL_HISTORICO_PORT", "18500")::get);

            assertThat(VerificadorDePortas.problemas(portas))
                    .anySatisfy(p -> assertThat(p).contains("porta " + porta + " (edge-gateway) ja esta em uso"))
                    .anySatisfy(
                            p -> assertThat(p).contains("18500 configurada para historico-service e score-service"));
        }
    }
}
