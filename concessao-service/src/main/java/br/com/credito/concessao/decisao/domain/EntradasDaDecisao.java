package br.com.credito.concessao.decisao.domain;

import java.util.Objects;

/** Everything the policy is given for one decision, each input with its provenance: the stored snapshot. */
public record EntradasDaDecisao(
        String idCliente,
        TipoCartao tipoCartao,
        ScoreCliente score,
        HistoricoDeCredito historico,
        CarteiraInvestimentos investimentos) {

    public EntradasDaDecisao {
        Objects.requireNonNull(idCliente, "idCliente");
        Objects.requireNonNull(tipoCartao, "tipoCartao");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(historico, "historico");
        Objects.requireNonNull(investimentos, "investimentos");
    }
}
