package br.com.credito.investimento.investimento.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the client holds in one investment type: the sum of its investments of that type. Scale 2 as every amount of
 * this service, so the total reads as cents on the wire whatever scale the sum came back with.
 */
public record PosicaoPorTipo(TipoInvestimento tipoInvestimento, BigDecimal valor) {

    public PosicaoPorTipo {
        Objects.requireNonNull(tipoInvestimento, "tipoInvestimento");
        Objects.requireNonNull(valor, "valor");
        valor = valor.setScale(2, RoundingMode.UNNECESSARY);
    }
}
