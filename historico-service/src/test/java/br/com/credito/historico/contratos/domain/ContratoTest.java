package br.com.credito.historico.contratos.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContratoTest {

    @ParameterizedTest
    @CsvSource({"0,false,false", "90,false,false", "91,false,true", "0,true,true", "120,true,true"})
    void deveConsiderarInadimplenteQuandoMarcadoOuPassadoDe90Dias(int dias, boolean marcado, boolean esperado) {
        Contrato contrato = Contrato.informado("CT-1", "Emprestimo", BigDecimal.TEN, BigDecimal.ONE, dias, marcado);

        assertThat(contrato.inadimplente()).isEqualTo(esperado);
    }

    @Test
    void deveGuardarValoresEmReaisComDuasCasas() {
        Contrato contrato = Contrato.informado(
                "CT-1001", "Emprestimo", new BigDecimal("5000"), new BigDecimal("2500.005"), 0, false);

        assertThat(contrato.valorContratado()).isEqualByComparingTo("5000.00").hasScaleOf(2);
        assertThat(contrato.saldoAberto()).isEqualTo(new BigDecimal("2500.00"));
    }

    @Test
    void deveRecusarValoresNegativosEAtrasoNegativo() {
        assertThatThrownBy(
                        () -> Contrato.informado("CT-1", "Emprestimo", new BigDecimal("-1"), BigDecimal.ONE, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valorContratado");
        assertThatThrownBy(() -> Contrato.informado("CT-1", "Emprestimo", BigDecimal.TEN, BigDecimal.ONE, -1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diasEmAtraso");
    }

    @Test
    void historicoNaoMudaSeAListaDeOrigemMudar() {
        List<Contrato> origem = new ArrayList<>();
        origem.add(Contrato.informado("CT-1", "Emprestimo", BigDecimal.TEN, BigDecimal.ONE, 0, false));
        HistoricoDeCredito historico = new HistoricoDeCredito("12345", origem);

        origem.clear();

        assertThat(historico.contratos()).hasSize(1);
        assertThatThrownBy(() -> historico.contratos().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
