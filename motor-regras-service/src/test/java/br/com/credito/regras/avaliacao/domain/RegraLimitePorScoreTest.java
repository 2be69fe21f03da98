package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.EM_ANALISE;
import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.LIMITE_CONSERVADOR;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegraLimitePorScoreTest {

    private final RegraLimitePorScore regra = new RegraLimitePorScore();

    @Test
    void deveDarOLimiteBaseDaFaixaDoScore() {
        var resultado = regra.aplicar(SolicitacoesDeTeste.comScore(750), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado)
                .isEqualTo(Aprovada.com(
                        new BigDecimal("4500"),
                        new Motivo("SCORE_FAIXA_ALTA", "Score 750 na faixa 650-799: limite base de R$ 4.500")));
    }

    @ParameterizedTest
    @CsvSource({"400,1500", "549,1500", "550,3000", "649,3000", "650,4500", "799,4500", "800,8000", "1000,12000"})
    void deveRespeitarAsBordasDasFaixas(int score, String limiteBase) {
        var resultado = regra.aplicar(SolicitacoesDeTeste.comScore(score), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado)
                .isInstanceOfSatisfying(
                        Aprovada.class, a -> assertThat(a.limite()).isEqualByComparingTo(limiteBase));
    }

    @Test
    void deveComecarDoLimiteConservadorSemScore() {
        var politica = PoliticasDeTeste.comRiscoIndefinido(LIMITE_CONSERVADOR, EM_ANALISE);

        var resultado = regra.aplicar(SolicitacoesDeTeste.indisponivel(true, false, false), politica, BigDecimal.ZERO);

        assertThat(resultado).isEqualTo(Aprovada.sem(new BigDecimal("1000")));
    }
}
