package br.com.credito.investimento.investimento.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Each investment raises the client's card limit automatically. Beyond these bounds per client and period, a burst of
 * investments is more likely a compromised channel than a customer: the investment is kept but held for review
 * instead of raising the limit (issue 16, docs/modelo-de-confianca.md).
 *
 * @param maximoDeInvestimentos investments in the period above which the next is held
 * @param valorMaximo total amount in the period above which the next is held
 */
public record LimitesDeAnomalia(int maximoDeInvestimentos, BigDecimal valorMaximo, Duration periodo) {

    public LimitesDeAnomalia {
        Objects.requireNonNull(valorMaximo, "valorMaximo");
        Objects.requireNonNull(periodo, "periodo");
    }

    /** Why the period (this investment included) needs a person's look, or empty when it does not. */
    public Optional<String> motivo(ResumoDoPeriodo resumo) {
        if (resumo.quantidade() > maximoDeInvestimentos) {
            return Optional.of("QUANTIDADE_NO_PERIODO");
        }
        if (resumo.total().compareTo(valorMaximo) > 0) {
            return Optional.of("VALOR_NO_PERIODO");
        }
        return Optional.empty();
    }
}
