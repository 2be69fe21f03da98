package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An active credit contract of the client, as the history provider reports it. {@code tipoProduto} is the provider's
 * text ("Emprestimo", "Financiamento", ...) or null when not reported: the policy weighs debt by it, so it is passed
 * on as received.
 */
public record Contrato(
        String idContrato, BigDecimal saldoAberto, int diasEmAtraso, boolean inadimplente, String tipoProduto) {

    public Contrato {
        Objects.requireNonNull(idContrato, "idContrato");
        Objects.requireNonNull(saldoAberto, "saldoAberto");
    }
}
