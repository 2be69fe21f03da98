package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolicitacaoCreditoTest {

    @Test
    void deveRecusarScoreAusenteSemABandeiraDeIndisponivel() {
        assertThatThrownBy(() -> SolicitacaoCredito.de(null, null, false, List.of(), false, List.of(), false))
                .isInstanceOfSatisfying(
                        DadosInvalidosException.class,
                        e -> assertThat(e.erros())
                                .containsExactly(
                                        new ErroValidacao("score", "é obrigatório quando scoreIndisponivel é false")));
    }

    @Test
    void deveRecusarListasAusentesSemAsBandeiras() {
        assertThatThrownBy(() -> SolicitacaoCredito.de(null, 700, false, null, false, null, false))
                .isInstanceOfSatisfying(
                        DadosInvalidosException.class,
                        e -> assertThat(e.erros())
                                .extracting(ErroValidacao::campo)
                                .containsExactly("listaContratos", "listaInvestimentos"));
    }

    @Test
    void deveIgnorarODadoMarcadoIndisponivelEUsarGoldPorPadrao() {
        var solicitacao = SolicitacaoCredito.de(
                null,
                750,
                true,
                List.of(SolicitacoesDeTeste.contrato("10", 0, true)),
                true,
                List.of(SolicitacoesDeTeste.investimento(TipoInvestimento.CDB, "10")),
                true);

        assertThat(solicitacao.tipoCartao()).isEqualTo(TipoCartao.GOLD);
        assertThat(solicitacao.score()).isEmpty();
        assertThat(solicitacao.contratos()).isEmpty();
        assertThat(solicitacao.investimentos()).isEmpty();
        assertThat(solicitacao.riscoIndefinido()).isTrue();
    }
}
