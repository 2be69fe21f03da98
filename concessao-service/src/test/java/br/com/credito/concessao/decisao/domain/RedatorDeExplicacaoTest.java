package br.com.credito.concessao.decisao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.concessao.apoio.Mae;
import org.junit.jupiter.api.Test;

class RedatorDeExplicacaoTest {

    private final RedatorDeExplicacao redator = new RedatorDeExplicacao();

    @Test
    void deveExplicarAprovacaoComLimiteVersaoEMotivos() {
        Explicacao explicacao = redator.explicar(Mae.concessao("12345", Mae.aprovado("5000")));

        assertThat(explicacao.resumo())
                .contains("cartão GOLD foi aprovado com limite de R$ 5.000,00")
                .contains("versão 1");
        assertThat(explicacao.criterios()).extracting(Motivo::codigo).containsExactly("SCORE_FAIXA_ALTA");
        assertThat(explicacao.versaoPolitica()).isEqualTo(1);
        assertThat(explicacao.direitoDeRevisao()).contains("LGPD");
    }

    @Test
    void deveDizerDeOndeVeioCadaDado() {
        Explicacao explicacao = redator.explicar(Mae.concessao("12345", Mae.aprovado("5000")));

        assertThat(explicacao.dados())
                .extracting(Explicacao.Dado::origem)
                .containsExactly(OrigemDado.AO_VIVO, OrigemDado.CACHE, OrigemDado.AO_VIVO);
        assertThat(explicacao.dados().get(1).comoFoiObtido()).contains("120 s");
    }

    @Test
    void deveExplicarQueUmDadoFaltouQuandoIndisponivel() {
        assertThat(RedatorDeExplicacao.comoFoiObtido(Fonte.indisponivel())).contains("decisão foi tomada sem");
        assertThat(RedatorDeExplicacao.comoFoiObtido(Fonte.fallback())).contains("padrão conservador");
    }

    @Test
    void deveExplicarRecusaSemCitarLimite() {
        Explicacao explicacao = redator.explicar(Mae.concessao("12345", Mae.resultado(CodigoDecisao.REPROVADO, "0")));

        assertThat(explicacao.resumo()).contains("foi recusado").doesNotContain("R$");
    }
}
