package br.com.credito.concessao.decisao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarteiraInvestimentosTest {

    @Test
    void deveSomarPorTipoSemPerderCentavos() {
        var carteira = new CarteiraInvestimentos(
                List.of(
                        new Investimento("CDB", new BigDecimal("1000.10")),
                        new Investimento("TESOURO", new BigDecimal("500.00")),
                        new Investimento("CDB", new BigDecimal("0.05"))),
                Fonte.aoVivo());

        assertThat(carteira.porTipo())
                .containsExactly(
                        new Investimento("CDB", new BigDecimal("1000.15")),
                        new Investimento("TESOURO", new BigDecimal("500.00")));
    }

    /** Twenty years of monthly purchases in two products: two lines for the policy, not 480. */
    @Test
    void milharesDeInvestimentosViramUmaLinhaPorTipo() {
        List<Investimento> mensais = new ArrayList<>();
        for (int mes = 0; mes < 240; mes++) {
            mensais.add(new Investimento("TESOURO", new BigDecimal("100.00")));
            mensais.add(new Investimento("LCI", new BigDecimal("50.00")));
        }

        List<Investimento> porTipo = new CarteiraInvestimentos(mensais, Fonte.aoVivo()).porTipo();

        assertThat(porTipo)
                .containsExactly(
                        new Investimento("LCI", new BigDecimal("12000.00")),
                        new Investimento("TESOURO", new BigDecimal("24000.00")));
    }

    @Test
    void carteiraVaziaOuIndisponivelNaoTemLinhas() {
        assertThat(CarteiraInvestimentos.indisponivel().porTipo()).isEmpty();
    }
}
