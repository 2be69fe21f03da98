package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version 2 (open debt by product type) on the seed's customers, and its simulation against version 1: what the
 * product owner decided must hold before the version is published (migration V4).
 */
class PoliticaVersao2Test {

    private final MotorDeCredito motor = new MotorDeCredito();

    @Test
    void oDocumentoDaVersao2DeveSerCoerente() {
        assertThat(new ValidadorDeParametros().validar(PoliticasDeTeste.porProduto()))
                .isEmpty();
    }

    @Test
    void cliente12345ComFinanciamentoDeveSerAprovadoComCincoMil() {
        Decisao decisao = motor.avaliar(SolicitacoesDeTeste.cliente12345(), PoliticasDeTeste.versao2());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        assertThat(decisao.limiteAprovado()).isEqualByComparingTo("5000");
        assertThat(decisao.descricao()).isEqualTo("Limite aprovado de R$ 5.000 baseado em score e histórico");
        assertThat(decisao.motivos())
                .contains(new Motivo(
                        "DIVIDAS_EM_ABERTO",
                        "Dívidas em aberto de R$ 17.500 reduzem o limite em R$ 1.000"
                                + " (os R$ 15.000 de financiamentos com garantia não reduzem)"));
        assertThat(decisao.versaoPolitica()).isEqualTo(2);
    }

    @Test
    void exemploDoSeedSemTipoDeProdutoContinuaComCincoMil() {
        Decisao decisao = motor.avaliar(SolicitacoesDeTeste.doSeed(), PoliticasDeTeste.versao2());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        assertThat(decisao.limiteAprovado()).isEqualByComparingTo("5000");
    }

    @Test
    void cliente44444ComFinanciamentoImobiliarioNaoDeveMaisSerReprovado() {
        Decisao decisao = motor.avaliar(SolicitacoesDeTeste.cliente44444(), PoliticasDeTeste.versao2());

        assertThat(decisao.codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        assertThat(decisao.limiteAprovado()).isEqualByComparingTo("12000");
    }

    @Test
    void tipoDesconhecidoDevePesarComoCreditoSemGarantia() {
        SolicitacaoCredito desconhecido =
                SolicitacoesDeTeste.comContratos(SolicitacoesDeTeste.contrato("CT-9", "2500", "Cheque especial"));

        assertThat(motor.avaliar(desconhecido, PoliticasDeTeste.versao2()).limiteAprovado())
                .isEqualByComparingTo("5000");
        assertThat(motor.avaliar(
                                SolicitacoesDeTeste.comContratos(
                                        SolicitacoesDeTeste.contrato("CT-9", "2500", "Financiamento")),
                                PoliticasDeTeste.versao2())
                        .limiteAprovado())
                .isEqualByComparingTo("6000");
    }

    @Test
    void simulacaoContraAVersao1MudaSoQuemTemFinanciamentoComGarantia() {
        List<SolicitacaoCredito> lote = List.of(
                SolicitacoesDeTeste.doSeed(), SolicitacoesDeTeste.cliente12345(), SolicitacoesDeTeste.cliente44444());

        Simulacao simulacao =
                new ComparadorDePoliticas().comparar(lote, PoliticasDeTeste.versao1(), PoliticasDeTeste.versao2());

        assertThat(simulacao.vigente().aprovados()).isEqualTo(2);
        assertThat(simulacao.candidata().aprovados()).isEqualTo(3);
        assertThat(simulacao.limitesAlterados())
                .as("12345: R$ 1.500 -> R$ 5.000")
                .isEqualTo(1);
        assertThat(simulacao.viradas()).singleElement().satisfies(virada -> {
            assertThat(virada.indice()).isEqualTo(2);
            assertThat(virada.vigente().codigoDecisao()).isEqualTo(CodigoDecisao.REPROVADO);
            assertThat(virada.candidata().codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
        });
        assertThat(motor.avaliar(SolicitacoesDeTeste.cliente12345(), PoliticasDeTeste.versao1())
                        .limiteAprovado())
                .isEqualByComparingTo("1500");
    }
}
