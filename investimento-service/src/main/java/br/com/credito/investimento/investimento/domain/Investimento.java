package br.com.credito.investimento.investimento.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A registered investment. */
public record Investimento(
        long idInvestimento,
        String idCliente,
        TipoInvestimento tipoInvestimento,
        BigDecimal valor,
        Instant dataCriacao) {

    public Investimento {
        Objects.requireNonNull(idCliente, "idCliente");
        Objects.requireNonNull(tipoInvestimento, "tipoInvestimento");
        Objects.requireNonNull(valor, "valor");
        Objects.requireNonNull(dataCriacao, "dataCriacao");
    }

    /** Keeps the client id out of logs. */
    @Override
    public String toString() {
        return "Investimento[idInvestimento=" + idInvestimento + ", tipoInvestimento=" + tipoInvestimento + "]";
    }
}
