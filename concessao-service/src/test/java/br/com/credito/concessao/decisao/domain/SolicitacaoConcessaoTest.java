package br.com.credito.concessao.decisao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SolicitacaoConcessaoTest {

    @Test
    void deveTerOMesmoHashParaOMesmoPedido() {
        assertThat(new SolicitacaoConcessao("12345", TipoCartao.GOLD).hash())
                .isEqualTo(new SolicitacaoConcessao("12345", TipoCartao.GOLD).hash())
                .hasSize(64);
    }

    @Test
    void deveTerHashDiferenteQuandoOCartaoMuda() {
        var gold = new SolicitacaoConcessao("12345", TipoCartao.GOLD);
        var chave = new ChaveIdempotencia("k", gold.hash(), UUID.randomUUID());

        assertThat(chave.mesmoCorpo(gold)).isTrue();
        assertThat(chave.mesmoCorpo(new SolicitacaoConcessao("12345", TipoCartao.BLACK)))
                .isFalse();
    }

    @Test
    void deveRecusarScoreAusenteQueNaoSeDeclaraIndisponivel() {
        assertThatThrownBy(() -> new ScoreCliente(null, Fonte.aoVivo())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoreCliente.indisponivel().ausente()).isTrue();
        assertThat(ScoreCliente.conservador(450).fonte().origem()).isEqualTo(OrigemDado.FALLBACK);
    }
}
