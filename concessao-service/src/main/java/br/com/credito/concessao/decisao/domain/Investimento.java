package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.util.Objects;

public record Investimento(String tipoInvestimento, BigDecimal valor) {

    public Investimento {
        Objects.requireNonNull(tipoInvestimento, "tipoInvestimento");
        Objects.requireNonNull(valor, "valor");
    }
}
