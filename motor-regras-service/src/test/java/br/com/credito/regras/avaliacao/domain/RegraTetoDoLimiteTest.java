package br.com.credito.regras.avaliacao.domain;

import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.EM_ANALISE;
import static br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido.LIMITE_CONSERVADOR;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegraTetoDoLimiteTest {

    private final RegraTetoDoLimite regra = new RegraTetoDoLimite();

    @Test
    void deveLimitarAoTetoDoCartao() {
        var resultado = regra.aplicar(SolicitacoesDeTeste.doSeed(), PoliticasDeTeste.padrao(), new BigDecimal("25000"));

        assertThat(resultado)
                .isEqualTo(Aprovada.com(
                        new BigDecimal("20000"),
                        new Motivo("LIMITE_NO_TETO", "Limite reduzido ao teto do cartão GOLD de R$ 20.000")));
    }

    @Test
    void naoDeveMudarLimiteAbaixoDoTeto() {
        var resultado = regra.aplicar(SolicitacoesDeTeste.doSeed(), PoliticasDeTeste.padrao(), new BigDecimal("5000"));

        assertThat(resultado).isEqualTo(Aprovada.sem(new BigDecimal("5000")));
    }

    @Test
    void deveLimitarAoLimiteConservadorQuandoORiscoEIndefinido() {
        var politica = PoliticasDeTeste.comRiscoIndefinido(EM_ANALISE, LIMITE_CONSERVADOR);

        var resultado =
                regra.aplicar(SolicitacoesDeTeste.indisponivel(false, true, false), politica, new BigDecimal("6000"));

        assertThat(resultado).isInstanceOfSatisfying(Aprovada.class, a -> {
            assertThat(a.limite()).isEqualByComparingTo("1000");
            assertThat(a.motivo().orElseThrow().descricao()).contains("conservador por risco indefinido");
        });
    }
}
