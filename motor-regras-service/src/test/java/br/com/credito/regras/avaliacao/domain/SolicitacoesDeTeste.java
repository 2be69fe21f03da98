package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Object Mother of requests; {@link #doSeed()} is the example of the seed design document. */
public final class SolicitacoesDeTeste {

    private SolicitacoesDeTeste() {}

    /** Score 750, one contract with R$ 2.500 open, one CDB of R$ 10.000, card GOLD. */
    public static SolicitacaoCredito doSeed() {
        return new SolicitacaoCredito(
                TipoCartao.GOLD,
                Optional.of(750),
                false,
                List.of(contrato("2500", 0, false)),
                false,
                List.of(investimento(TipoInvestimento.CDB, "10000")));
    }

    public static SolicitacaoCredito comScore(int score) {
        SolicitacaoCredito s = doSeed();
        return new SolicitacaoCredito(
                s.tipoCartao(), Optional.of(score), false, s.contratos(), false, s.investimentos());
    }

    public static SolicitacaoCredito comCartao(TipoCartao cartao, int score) {
        SolicitacaoCredito s = comScore(score);
        return new SolicitacaoCredito(cartao, s.score(), false, s.contratos(), false, s.investimentos());
    }

    public static SolicitacaoCredito comContratos(Contrato... contratos) {
        SolicitacaoCredito s = doSeed();
        return new SolicitacaoCredito(s.tipoCartao(), s.score(), false, List.of(contratos), false, s.investimentos());
    }

    public static SolicitacaoCredito comInvestimentos(Investimento... investimentos) {
        SolicitacaoCredito s = doSeed();
        return new SolicitacaoCredito(s.tipoCartao(), s.score(), false, s.contratos(), false, List.of(investimentos));
    }

    public static SolicitacaoCredito indisponivel(boolean score, boolean historico, boolean investimentos) {
        SolicitacaoCredito s = doSeed();
        return SolicitacaoCredito.de(
                s.tipoCartao(), 750, score, s.contratos(), historico, s.investimentos(), investimentos);
    }

    public static Contrato contrato(String saldo, int diasEmAtraso, boolean inadimplente) {
        return new Contrato("CT-" + saldo, new BigDecimal(saldo), diasEmAtraso, inadimplente);
    }

    public static Investimento investimento(TipoInvestimento tipo, String valor) {
        return new Investimento(tipo, new BigDecimal(valor));
    }
}
