package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** What the credit policy (motor de regras) answered. A refusal is a normal result, not an error. */
public record ResultadoPolitica(
        CodigoDecisao codigoDecisao,
        String descricao,
        BigDecimal limiteAprovado,
        List<Motivo> motivos,
        int versaoPolitica) {

    public ResultadoPolitica {
        Objects.requireNonNull(codigoDecisao, "codigoDecisao");
        Objects.requireNonNull(descricao, "descricao");
        limiteAprovado = limiteAprovado == null
                ? BigDecimal.ZERO.setScale(2)
                : limiteAprovado.setScale(2, RoundingMode.HALF_EVEN);
        if (limiteAprovado.signum() < 0) {
            throw new IllegalArgumentException("limite negativo");
        }
        motivos = List.copyOf(motivos);
    }
}
