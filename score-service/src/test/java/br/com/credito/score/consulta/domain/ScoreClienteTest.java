package br.com.credito.score.consulta.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreClienteTest {

    private static final Instant DATA = Instant.parse("2025-01-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {0, 250, 750, 1000})
    void deveAceitarPontuacaoDentroDaEscala(int pontuacao) {
        assertThat(new ScoreCliente("12345", pontuacao, DATA).pontuacao()).isEqualTo(pontuacao);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001, Integer.MAX_VALUE})
    void deveRecusarPontuacaoForaDaEscala(int pontuacao) {
        assertThatThrownBy(() -> new ScoreCliente("12345", pontuacao, DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"idCliente", "ultimaAtualizacao"})
    void deveExigirClienteEData(String campoAusente) {
        assertThatThrownBy(() -> new ScoreCliente(
                        campoAusente.equals("idCliente") ? null : "12345",
                        750,
                        campoAusente.equals("ultimaAtualizacao") ? null : DATA))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(campoAusente);
    }
}
