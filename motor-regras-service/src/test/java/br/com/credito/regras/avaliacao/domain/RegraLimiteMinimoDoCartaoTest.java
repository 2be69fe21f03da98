package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraLimiteMinimoDoCartaoTest {

    private final RegraLimiteMinimoDoCartao regra = new RegraLimiteMinimoDoCartao();

    @Test
    void deveReprovarLimiteAbaixoDoMinimoDoCartao() {
        var resultado = regra.aplicar(
                SolicitacoesDeTeste.comCartao(TipoCartao.BLACK, 850),
                PoliticasDeTeste.padrao(),
                new BigDecimal("14900.00"));

        assertThat(resultado).isInstanceOfSatisfying(Reprovada.class, r -> {
            assertThat(r.motivo().codigo()).isEqualTo("LIMITE_ABAIXO_DO_MINIMO_DO_CARTAO");
            assertThat(r.motivo().descricao())
                    .isEqualTo("Limite calculado de R$ 14.900 abaixo do mínimo de R$ 15.000 do cartão BLACK");
        });
    }

    @Test
    void deveAceitarLimiteIgualAoMinimo() {
        var resultado =
                regra.aplicar(SolicitacoesDeTeste.doSeed(), PoliticasDeTeste.padrao(), new BigDecimal("1000.00"));

        assertThat(resultado).isEqualTo(Aprovada.sem(new BigDecimal("1000.00")));
    }
}
