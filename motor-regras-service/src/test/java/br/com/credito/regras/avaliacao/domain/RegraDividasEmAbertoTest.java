package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.comContratos;
import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.contrato;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraDividasEmAbertoTest {

    private final RegraDividasEmAberto regra = new RegraDividasEmAberto();

    @Test
    void deveReduzirOLimiteEmQuarentaPorCentoDoSaldoAberto() {
        var resultado = regra.aplicar(
                comContratos(contrato("2500", 0, false)), PoliticasDeTeste.padrao(), new BigDecimal("4500"));

        assertThat(resultado)
                .isEqualTo(Aprovada.com(
                        new BigDecimal("3500.00"),
                        new Motivo("DIVIDAS_EM_ABERTO", "Dívidas em aberto de R$ 2.500 reduzem o limite em R$ 1.000")));
    }

    @Test
    void deveSomarOSaldoDeTodosOsContratos() {
        var resultado = regra.aplicar(
                comContratos(contrato("1000", 0, false), contrato("1500.50", 0, false)),
                PoliticasDeTeste.padrao(),
                new BigDecimal("4500"));

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class, a -> assertThat(a.limite()).isEqualByComparingTo("3499.80"));
    }

    @Test
    void naoDeveDeixarOLimiteNegativo() {
        var resultado = regra.aplicar(
                comContratos(contrato("50000", 0, false)), PoliticasDeTeste.padrao(), new BigDecimal("4500"));

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class, a -> assertThat(a.limite()).isEqualByComparingTo("0"));
    }

    @Test
    void naoDeveMudarOLimiteSemDividas() {
        var resultado = regra.aplicar(comContratos(), PoliticasDeTeste.padrao(), new BigDecimal("4500"));

        assertThat(resultado).isEqualTo(Aprovada.sem(new BigDecimal("4500")));
    }

    @Test
    void financiamentoComGarantiaNaoDeveReduzirOLimiteNaVersao2() {
        var resultado = regra.aplicar(
                comContratos(
                        SolicitacoesDeTeste.contrato("CT-4441", "350000", "Financiamento Imobiliário"),
                        SolicitacoesDeTeste.contrato("CT-4442", "40000", "Consórcio")),
                PoliticasDeTeste.porProduto(),
                new BigDecimal("12000"));

        assertThat(resultado)
                .isEqualTo(Aprovada.com(
                        new BigDecimal("12000.00"),
                        new Motivo(
                                "DIVIDAS_EM_ABERTO",
                                "Dívidas em aberto de R$ 390.000, todas de financiamentos com garantia,"
                                        + " não reduzem o limite")));
    }

    @Test
    void creditoSemGarantiaDeveReduzirQuarentaPorCentoNaVersao2() {
        var resultado = regra.aplicar(
                comContratos(
                        SolicitacoesDeTeste.contrato("CT-1", "1000", "Cartão de Crédito"),
                        SolicitacoesDeTeste.contrato("CT-2", "1500", "Empréstimo"),
                        SolicitacoesDeTeste.contrato("CT-3", "15000", "Financiamento")),
                PoliticasDeTeste.porProduto(),
                new BigDecimal("4500"));

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class, a -> assertThat(a.limite()).isEqualByComparingTo("3500"));
    }

    @Test
    void naVersao1TodoSaldoDevePesarIgualQualquerQueSejaOTipo() {
        var resultado = regra.aplicar(
                comContratos(SolicitacoesDeTeste.contrato("CT-3", "2500", "Financiamento")),
                PoliticasDeTeste.padrao(),
                new BigDecimal("4500"));

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class, a -> assertThat(a.limite()).isEqualByComparingTo("3500"));
    }
}
