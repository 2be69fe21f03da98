package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;

/** An active credit contract of the client, as reported by the history provider. */
public record Contrato(
        String idContrato, BigDecimal saldoAberto, int diasEmAtraso, boolean inadimplente, TipoProduto tipoProduto) {

    public Contrato {
        tipoProduto = tipoProduto == null ? TipoProduto.OUTRO : tipoProduto;
    }

    /** A contract whose product type was not reported (the seed's own request has none). */
    public Contrato(String idContrato, BigDecimal saldoAberto, int diasEmAtraso, boolean inadimplente) {
        this(idContrato, saldoAberto, diasEmAtraso, inadimplente, TipoProduto.OUTRO);
    }
}
