package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An active credit contract of the client, as the history provider reports it. */
public record Contrato(String idContrato, BigDecimal saldoAberto, int diasEmAtraso, boolean inadimplente) {

    public Contrato {
        Objects.requireNonNull(idContrato, "idContrato");
        Objects.requireNonNull(saldoAberto, "saldoAberto");
    }
}
