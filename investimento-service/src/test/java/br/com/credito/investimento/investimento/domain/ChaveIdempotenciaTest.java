package br.com.credito.investimento.investimento.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChaveIdempotenciaTest {

    @Test
    void deveAceitarAteCentoEVinteEOitoCaracteresVisiveis() {
        String chave = "a".repeat(ChaveIdempotencia.TAMANHO_MAXIMO);
        assertThat(new ChaveIdempotencia("canal", chave).valor()).hasSize(128);
        assertThat(new ChaveIdempotencia("canal", "9f1c-4b7e_~!").valor()).isEqualTo("9f1c-4b7e_~!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "com espaco", "acentuação", "quebra\nde-linha"})
    void deveRecusarChaveVaziaOuComCaracteresInvisiveis(String chave) {
        assertThatThrownBy(() -> new ChaveIdempotencia("canal", chave))
                .isInstanceOf(ChaveIdempotenciaInvalidaException.class);
    }

    @Test
    void deveRecusarChaveLongaDemais() {
        assertThatThrownBy(() -> new ChaveIdempotencia("canal", "a".repeat(129)))
                .isInstanceOf(ChaveIdempotenciaInvalidaException.class)
                .hasMessageContaining("128");
    }
}
