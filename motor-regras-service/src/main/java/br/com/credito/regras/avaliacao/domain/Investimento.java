package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;

public record Investimento(TipoInvestimento tipo, BigDecimal valor) {}
