package br.com.credito.concessao.recalculo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.Mae;
import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import org.junit.jupiter.api.Test;

class PoliticaDeRecalculoTest {

    private final PoliticaDeRecalculo politica = new PoliticaDeRecalculo();
    private final Concessao aprovado5000 = Mae.concessao("1", Mae.aprovado("5000"));

    @Test
    void deveElevarQuandoONovoLimiteAprovadoEMaior() {
        assertThat(politica.decidir(aprovado5000, Mae.aprovado("8000"))).isInstanceOf(DesfechoRecalculo.Elevar.class);
    }

    @Test
    void deveEncaminharParaRevisaoQuandoONovoLimiteEMenor() {
        assertThat(politica.decidir(aprovado5000, Mae.aprovado("3000")))
                .isInstanceOf(DesfechoRecalculo.EncaminharParaRevisao.class);
    }

    @Test
    void deveEncaminharParaRevisaoQuandoUmCartaoAprovadoSeriaReprovado() {
        assertThat(politica.decidir(aprovado5000, Mae.resultado(CodigoDecisao.REPROVADO, "5000")))
                .isInstanceOf(DesfechoRecalculo.EncaminharParaRevisao.class);
    }

    @Test
    void deveManterQuandoNadaMuda() {
        assertThat(politica.decidir(aprovado5000, Mae.aprovado("5000"))).isInstanceOf(DesfechoRecalculo.Manter.class);
    }

    @Test
    void deveAprovarCartaoQueEstavaEmAnaliseQuandoOLimiteSobe() {
        Concessao emAnalise = Mae.concessao("1", Mae.resultado(CodigoDecisao.EM_ANALISE, "0"));

        assertThat(politica.decidir(emAnalise, Mae.aprovado("2000"))).isInstanceOf(DesfechoRecalculo.Elevar.class);
        assertThat(politica.decidir(emAnalise, Mae.resultado(CodigoDecisao.EM_ANALISE, "0")))
                .isInstanceOf(DesfechoRecalculo.Manter.class);
    }

    @Test
    void deveAprovarCartaoQueEstavaReprovadoQuandoOInvestimentoBasta() {
        Concessao reprovado = Mae.concessao("1", Mae.resultado(CodigoDecisao.REPROVADO, "0"));

        assertThat(politica.decidir(reprovado, Mae.aprovado("5000"))).isInstanceOf(DesfechoRecalculo.Elevar.class);
        assertThat(politica.decidir(reprovado, Mae.resultado(CodigoDecisao.REPROVADO, "0")))
                .isInstanceOf(DesfechoRecalculo.Manter.class);
        assertThat(politica.decidir(reprovado, Mae.resultado(CodigoDecisao.EM_ANALISE, "0")))
                .isInstanceOf(DesfechoRecalculo.Manter.class);
    }
}
