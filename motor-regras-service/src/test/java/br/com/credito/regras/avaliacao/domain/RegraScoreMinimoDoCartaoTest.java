package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.SolicitacoesDeTeste.comCartao;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraScoreMinimoDoCartaoTest {

    private final RegraScoreMinimoDoCartao regra = new RegraScoreMinimoDoCartao();

    @Test
    void deveReprovarPlatinumComScoreAbaixoDoMinimoDoCartao() {
        var resultado = regra.aplicar(comCartao(TipoCartao.PLATINUM, 649), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado).isInstanceOfSatisfying(Reprovada.class, r -> {
            assertThat(r.motivo().codigo()).isEqualTo("SCORE_INSUFICIENTE_PARA_CARTAO");
            assertThat(r.motivo().descricao()).isEqualTo("Score 649 abaixo do mínimo de 650 para o cartão PLATINUM");
        });
    }

    @Test
    void deveAceitarOMesmoScoreParaOCartaoGold() {
        var resultado = regra.aplicar(comCartao(TipoCartao.GOLD, 649), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado).isInstanceOf(Aprovada.class);
    }

    @Test
    void deveAceitarBlackComScoreIgualAoMinimo() {
        var resultado = regra.aplicar(comCartao(TipoCartao.BLACK, 800), PoliticasDeTeste.padrao(), BigDecimal.ZERO);

        assertThat(resultado).isInstanceOf(Aprovada.class);
    }
}
