package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DinheiroTest {

    @ParameterizedTest
    @CsvSource({
        "0,R$ 0",
        "999,R$ 999",
        "1000,R$ 1.000",
        "5000.00,R$ 5.000",
        "150000,R$ 150.000",
        "1234567.89,R$ 1.234.567",
        "-2500,-R$ 2.500"
    })
    void deveFormatarEmReaisInteirosComPontoDeMilhar(String valor, String esperado) {
        assertThat(Dinheiro.formatar(new BigDecimal(valor))).isEqualTo(esperado);
    }
}
