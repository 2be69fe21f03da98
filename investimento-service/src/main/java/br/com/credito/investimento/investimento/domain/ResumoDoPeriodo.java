package br.com.credito.investimento.investimento.domain;

import java.math.BigDecimal;

/** How many investments a client registered in a period, and their total. */
public record ResumoDoPeriodo(long quantidade, BigDecimal total) {}
