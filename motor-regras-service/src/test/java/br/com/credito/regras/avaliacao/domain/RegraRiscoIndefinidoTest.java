package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.EM_ANALISE;
import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.LIMITE_CONSERVADOR;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.EmAnalise;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraRiscoIndefinidoTest {

    private final RegraRiscoIndefinido regraScore = new RegraRiscoIndefinido(RegraRiscoIndefinido.Dado.SCORE);
    private final RegraRiscoIndefinido regraHistorico = new RegraRiscoIndefinido(RegraRiscoIndefinido.Dado.HISTORICO);

    @Test
    void deveEncaminharParaAnaliseQuandoScoreIndisponivelEPoliticaPedeAnalise() {
        var resultado = regraScore.aplicar(
                SolicitacoesDeTeste.indisponivel(true, false, false), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        EmAnalise.class, r -> assertThat(r.motivo().codigo()).isEqualTo("SCORE_INDISPONIVEL"));
    }

    @Test
    void deveEncaminharParaAnaliseQuandoHistoricoIndisponivel() {
        var resultado = regraHistorico.aplicar(
                SolicitacoesDeTeste.indisponivel(false, true, false), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        EmAnalise.class, r -> assertThat(r.motivo().codigo()).isEqualTo("HISTORICO_INDISPONIVEL"));
    }

    @Test
    void deveSeguirComLimiteConservadorQuandoAPoliticaPermite() {
        var politica = PoliticasDeTeste.comRiscoIndefinido(LIMITE_CONSERVADOR, EM_ANALISE);

        var resultado =
                regraScore.aplicar(SolicitacoesDeTeste.indisponivel(true, false, false), politica, BigDecimal.ZERO);

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class,
                        r -> assertThat(r.motivo()).hasValueSatisfying(m -> {
                            assertThat(m.codigo()).isEqualTo("LIMITE_CONSERVADOR");
                            assertThat(m.descricao())
                                    .isEqualTo("Score indisponível: limite conservador de até R$ 1.000");
                        }));
    }

    @Test
    void naoDeveInterferirQuandoODadoEstaDisponivel() {
        var solicitacao = SolicitacoesDeTeste.doSeed();

        assertThat(regraScore.aplicar(solicitacao, PoliticasDeTeste.padrao(), BigDecimal.ONE))
                .isEqualTo(Aprovada.sem(BigDecimal.ONE));
        assertThat(regraHistorico.aplicar(solicitacao, PoliticasDeTeste.padrao(), BigDecimal.ONE))
                .isEqualTo(Aprovada.sem(BigDecimal.ONE));
    }
}
