package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.comInvestimentos;
import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.investimento;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegraGarantiaInvestimentosTest {

    private final RegraGarantiaInvestimentos regra = new RegraGarantiaInvestimentos();

    @Test
    void deveSomarQuinzePorCentoDeUmCdbComoGarantiaParcial() {
        var resultado = regra.aplicar(
                comInvestimentos(investimento(TipoInvestimento.CDB, "10000")),
                PoliticasDeTeste.padrao(),
                new BigDecimal("3500.00"));

        assertThat(resultado)
                .isEqualTo(Aprovada.com(
                        new BigDecimal("5000.00"),
                        new Motivo(
                                "GARANTIA_INVESTIMENTOS",
                                "Investimentos de R$ 10.000 acrescentam R$ 1.500 ao limite como garantia parcial")));
    }

    @ParameterizedTest
    @CsvSource({"LCI,1500", "LCA,1500", "TESOURO_DIRETO,2000", "FUNDO,500"})
    void deveUsarOPesoDeCadaTipo(TipoInvestimento tipo, String acrescimo) {
        var resultado = regra.aplicar(
                comInvestimentos(investimento(tipo, "10000")), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class, a -> assertThat(a.limite()).isEqualByComparingTo(acrescimo));
    }

    @Test
    void naoDeveContarInvestimentosIndisponiveisEDeveDizerPorque() {
        var resultado = regra.aplicar(
                SolicitacoesDeTeste.indisponivel(false, false, true), PoliticasDeTeste.padrao(), BigDecimal.TEN);

        assertThat(resultado).isInstanceOfSatisfying(Aprovada.class, a -> {
            assertThat(a.limite()).isEqualTo(BigDecimal.TEN);
            assertThat(a.motivo()).map(Motivo::codigo).hasValue("INVESTIMENTOS_NAO_CONSIDERADOS");
        });
    }

    @Test
    void naoDeveMudarOLimiteSemInvestimentos() {
        var resultado = regra.aplicar(comInvestimentos(), PoliticasDeTeste.padrao(), BigDecimal.TEN);

        assertThat(resultado).isEqualTo(Aprovada.sem(BigDecimal.TEN));
    }
}
