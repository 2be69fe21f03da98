package br.com.credito.carga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguracaoCargaTest {

    private static Propriedades de(Map<String, String> valores) {
        return new Propriedades(valores::get);
    }

    @Test
    void deveUsarOsPadroesDaStackLocalQuandoNadaEInformado() {
        Propriedades vazio = de(Map.of());

        Alvo alvo = Alvo.de(vazio);

        assertThat(alvo.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(alvo.tokenUrl()).isEqualTo(URI.create("http://localhost:9000/oauth2/token"));
        assertThat(alvo.padraoIdCliente()).isEqualTo("9#####");
        assertThat(Slo.de(vazio)).isEqualTo(Slo.PADRAO);
        assertThat(Mix.de(vazio, Mix.DIA)).isEqualTo(Mix.DIA);
    }

    @Test
    void deveLerTaxasDuracoesESloDasPropriedades() {
        Propriedades p = de(Map.of(
                "carga.tps", "12.5",
                "carga.rampa", "0",
                "carga.duracao", "PT2M",
                "carga.slo.p99Ms", "900",
                "carga.mix.novos", "1",
                "carga.mix.recorrentes", "0"));

        assertThat(Perfil.de(p, new Perfil(50, Duration.ofSeconds(10), Duration.ofSeconds(60))))
                .isEqualTo(new Perfil(12.5, Duration.ZERO, Duration.ofMinutes(2)));
        assertThat(Slo.de(p).p99Ms()).isEqualTo(900);
        Mix mix = Mix.de(p, Mix.SO_CONCESSAO);
        assertThat(mix.taxa(mix.novos(), 12.5)).isEqualTo(12.5);
        assertThat(mix.taxa(mix.recorrentes(), 12.5)).isZero();
    }

    @Test
    void deveDistribuirATaxaPelosPesosNormalizados() {
        Mix mix = new Mix(1, 1, 2, 0);

        assertThat(mix.taxa(mix.status(), 600)).isEqualTo(300);
        assertThat(mix.taxa(mix.novos(), 600)).isEqualTo(150);
    }

    @Test
    void deveRecusarValoresMalformadosOuIncoerentes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Perfil.de(
                        de(Map.of("carga.tps", "muito")), new Perfil(1, Duration.ZERO, Duration.ofSeconds(1))));
        assertThatIllegalArgumentException().isThrownBy(() -> Alvo.de(de(Map.of("carga.tokenPorUsuario", "sim"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Slo(300, 200, 100, 0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Mix(0, 0, 0, 0));
    }

    @Test
    void deveRecusarAlvoForaDoLoopback() {
        assertThat(Loopback.exigir(URI.create("http://127.0.0.1:8080"))).hasPort(8080);
        assertThat(Loopback.exigir(URI.create("http://[::1]:8080"))).hasPort(8080);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Alvo.de(de(Map.of("carga.baseUrl", "https://api.banco.example"))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Loopback.exigir(URI.create("http://127.0.0.1.example:80")));
    }
}
