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

    /**
     * The seed's customer 12345 as the bureau simulator's fixtures and the history API describe him: score 750,
     * CT-1001 (Emprestimo, R$ 2.500 open), CT-1002 (Financiamento, R$ 15.000 open), a CDB of R$ 10.000, card GOLD.
     */
    public static SolicitacaoCredito cliente12345() {
        return new SolicitacaoCredito(
                TipoCartao.GOLD,
                Optional.of(750),
                false,
                List.of(contrato("CT-1001", "2500", "Emprestimo"), contrato("CT-1002", "15000", "Financiamento")),
                false,
                List.of(investimento(TipoInvestimento.CDB, "10000")));
    }

    /** The simulator's 44444: score 950, R$ 350.000 of real-estate financing and R$ 40.000 of consortium, no investments. */
    public static SolicitacaoCredito cliente44444() {
        return new SolicitacaoCredito(
                TipoCartao.GOLD,
                Optional.of(950),
                false,
                List.of(
                        contrato("CT-4441", "350000", "Financiamento Imobiliário"),
                        contrato("CT-4442", "40000", "Consorcio")),
                false,
                List.of());
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

    public static Contrato contrato(String id, String saldo, String tipoProduto) {
        return new Contrato(id, new BigDecimal(saldo), 0, false, TipoProduto.doTexto(tipoProduto));
    }

    public static Investimento investimento(TipoInvestimento tipo, String valor) {
        return new Investimento(tipo, new BigDecimal(valor));
    }
}
