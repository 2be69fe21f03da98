package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraScoreMinimoTest {

    private final RegraScoreMinimo regra = new RegraScoreMinimo();

    @Test
    void deveReprovarScoreAbaixoDoMinimoDaPolitica() {
        var resultado = regra.aplicar(SolicitacoesDeTeste.comScore(399), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado).isInstanceOfSatisfying(Reprovada.class, r -> {
            assertThat(r.motivo().codigo()).isEqualTo("SCORE_MUITO_BAIXO");
            assertThat(r.motivo().descricao()).isEqualTo("Score 399 abaixo do mínimo de 400 da política");
        });
    }

    @Test
    void deveAceitarScoreIgualAoMinimo() {
        var resultado = regra.aplicar(SolicitacoesDeTeste.comScore(400), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado).isInstanceOf(Aprovada.class);
    }

    @Test
    void naoDeveJulgarScoreIndisponivel() {
        var resultado = regra.aplicar(
                SolicitacoesDeTeste.indisponivel(true, false, false), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado).isEqualTo(Aprovada.sem(BigDecimal.ZERO));
    }
}
