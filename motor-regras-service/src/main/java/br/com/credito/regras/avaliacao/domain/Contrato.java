package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;

/** An active credit contract of the client, as reported by the history provider. */
public record Contrato(String idContrato, BigDecimal saldoAberto, int diasEmAtraso, boolean inadimplente) {}
