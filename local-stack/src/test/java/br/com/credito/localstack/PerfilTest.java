package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.localstack.processo.Servico;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerfilTest {

    private static final Servico EDGE = new Servico("edge-gateway", 8080, Map.of("SERVER_PORT", "8080"), false, true);

    @Test
    void desenvolvimentoDeveIniciarRapidoCompilandoCedoEAquecendoSoOQueOCompiladorPrecisa() {
        assertThat(Perfil.DESENVOLVIMENTO.opcoesJvm(nome -> null))
                .contains(
                        "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.1", "-XX:ReservedCodeCacheSize=240m");
        assertThat(Perfil.DESENVOLVIMENTO.aplicar(EDGE, nome -> null).ambiente())
                .isEqualTo(Map.of("SERVER_PORT", "8080", "CREDITO_AQUECIMENTO_ITERACOES", "100"));
    }

    @Test
    void cargaDeveUsarC2AmostragemDeProducaoELimiteAcimaDoPico() {
        assertThat(Perfil.CARGA.opcoesJvm(nome -> null))
                .contains("-XX:+UseParallelGC")
                .noneMatch(opcao -> opcao.startsWith("-XX:TieredStopAtLevel"));
        assertThat(Perfil.CARGA.aplicar(EDGE, nome -> null).ambiente())
                .containsEntry("TRACING_SAMPLING_PROBABILITY", "0.1")
                .containsEntry("EDGE_LIMITE_CAPACIDADE", "2000")
                .containsEntry("INVESTIMENTO_ANOMALIAS_MAXIMO", "1000000")
                .containsEntry("SERVER_PORT", "8080");
    }

    @Test
    void oQueOUsuarioDefiniuDeveValerSobreOPerfil() {
        Map<String, String> doUsuario =
                Map.of("LOCAL_STACK_JAVA_OPTS", " -Xmx1g  -XX:+UseG1GC ", "TRACING_SAMPLING_PROBABILITY", "1.0");

        assertThat(Perfil.CARGA.opcoesJvm(doUsuario::get)).containsExactly("-Xmx1g", "-XX:+UseG1GC");
        // Not added: the child inherits the user's own value from the launcher's environment.
        assertThat(Perfil.CARGA.aplicar(EDGE, doUsuario::get).ambiente())
                .doesNotContainKey("TRACING_SAMPLING_PROBABILITY")
                .containsEntry("EDGE_LIMITE_REPOSICAO", "1000");
    }

    @Test
    void oAmbienteDoProprioServicoDeveValerSobreOPerfil() {
        var servico = new Servico("edge-gateway", 8080, Map.of("EDGE_LIMITE_CAPACIDADE", "10"), false, true);

        assertThat(Perfil.CARGA.aplicar(servico, nome -> null).ambiente())
                .containsEntry("EDGE_LIMITE_CAPACIDADE", "10");
    }
}
