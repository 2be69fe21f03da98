package br.com.credito.investimento.investimento.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NovoInvestimentoTest {

    private static NovoInvestimento de(String valor) {
        return new NovoInvestimento("12345", TipoInvestimento.CDB, new BigDecimal(valor));
    }

    @Test
    void deveGuardarOValorComDuasCasasDecimais() {
        assertThat(de("100").valor()).isEqualByComparingTo("100").hasScaleOf(2);
        assertThat(de("100.100").valor().toPlainString()).isEqualTo("100.10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "10.001", "100000000.01", "1E+9"})
    void deveRecusarValorForaDasRegras(String valor) {
        assertThatThrownBy(() -> de(valor))
                .isInstanceOf(InvestimentoInvalidoException.class)
                .extracting(e -> ((InvestimentoInvalidoException) e).campo())
                .isEqualTo("valor");
    }

    @Test
    void deveAceitarOValorMaximoEOCentavo() {
        assertThat(de("100000000.00").valor()).isEqualByComparingTo(NovoInvestimento.VALOR_MAXIMO);
        assertThat(de("0.01").valor()).isEqualByComparingTo("0.01");
    }

    @Test
    void deveExigirClienteETipo() {
        assertThatThrownBy(() -> new NovoInvestimento(" ", TipoInvestimento.CDB, BigDecimal.TEN))
                .isInstanceOf(InvestimentoInvalidoException.class);
        assertThatThrownBy(() -> new NovoInvestimento("1", null, BigDecimal.TEN))
                .isInstanceOf(InvestimentoInvalidoException.class);
    }

    @Test
    void impressaoDigitalIgualParaOMesmoPedidoEscritoDeOutraForma() {
        assertThat(de("100").impressaoDigital())
                .isEqualTo(de("100.00").impressaoDigital())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void impressaoDigitalMudaComQualquerCampo() {
        String base = de("100").impressaoDigital();
        assertThat(de("100.01").impressaoDigital()).isNotEqualTo(base);
        assertThat(new NovoInvestimento("12346", TipoInvestimento.CDB, BigDecimal.valueOf(100)).impressaoDigital())
                .isNotEqualTo(base);
        assertThat(new NovoInvestimento("12345", TipoInvestimento.LCI, BigDecimal.valueOf(100)).impressaoDigital())
                .isNotEqualTo(base);
    }
}
