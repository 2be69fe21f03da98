package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparadorDePoliticasTest {

    /** Fixed batch: seed (approved by both), score 650 GOLD (refused by the stricter GOLD), defaulter, no score. */
    static List<SolicitacaoCredito> lote() {
        return List.of(
                SolicitacoesDeTeste.doSeed(),
                SolicitacoesDeTeste.comScore(650),
                SolicitacoesDeTeste.comContratos(SolicitacoesDeTeste.contrato("100", 0, true)),
                SolicitacoesDeTeste.indisponivel(true, false, false));
    }

    @Test
    void deveReportarTaxasLimitesMediosEViradasEntreDuasVersoes() {
        var candidata = new Politica(2, PoliticasDeTeste.maisRestritiva());

        Simulacao simulacao = new ComparadorDePoliticas().comparar(lote(), PoliticasDeTeste.versao1(), candidata);

        assertThat(simulacao.total()).isEqualTo(4);
        assertThat(simulacao.vigente())
                .isEqualTo(new Simulacao.Resumo(2, 1, 1, new BigDecimal("0.5000"), new BigDecimal("5000.00")));
        // seed under the candidate: 4.500 - 2.500 + 1.500 = 3.500 (same code, other limit)
        assertThat(simulacao.candidata())
                .isEqualTo(new Simulacao.Resumo(1, 2, 1, new BigDecimal("0.2500"), new BigDecimal("3500.00")));
        assertThat(simulacao.limitesAlterados()).isEqualTo(1);
        assertThat(simulacao.viradas()).singleElement().satisfies(v -> {
            assertThat(v.indice()).isEqualTo(1);
            assertThat(v.vigente().codigoDecisao()).isEqualTo(CodigoDecisao.APROVADO);
            assertThat(v.candidata().codigoDecisao()).isEqualTo(CodigoDecisao.REPROVADO);
            assertThat(v.candidata().motivos()).extracting(Motivo::codigo).contains("SCORE_INSUFICIENTE_PARA_CARTAO");
        });
    }

    @Test
    void mesmaVersaoNaoDeveVirarNada() {
        Simulacao simulacao =
                new ComparadorDePoliticas().comparar(lote(), PoliticasDeTeste.versao1(), PoliticasDeTeste.versao1());

        assertThat(simulacao.viradas()).isEmpty();
        assertThat(simulacao.limitesAlterados()).isZero();
        assertThat(simulacao.candidata()).isEqualTo(simulacao.vigente());
    }
}
