package br.com.credito.investimento.investimento.adapter.out.mensageria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EsperaExponencialTest {

    private final EsperaExponencial espera = new EsperaExponencial(Duration.ofSeconds(2), Duration.ofMinutes(5));
    private final Instant agora = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void primeiraFalhaPodeSerReenviadaLogo() {
        assertThat(espera.podeTentar(0, null, agora)).isTrue();
    }

    @Test
    void esperaDobraACadaTentativaAteOMaximo() {
        assertThat(espera.espera(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(espera.espera(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(espera.espera(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(espera.espera(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(espera.espera(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void soReenviaDepoisDaEspera() {
        Instant ultima = agora.minusSeconds(3);
        assertThat(espera.podeTentar(1, ultima, agora)).isTrue();
        assertThat(espera.podeTentar(2, ultima, agora)).isFalse();
        assertThat(espera.podeTentar(2, ultima, agora.plusSeconds(1))).isTrue();
    }
}
