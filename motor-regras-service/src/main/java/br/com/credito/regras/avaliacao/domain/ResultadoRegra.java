package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** What one rule concludes: the request passes it (with the limit as this rule leaves it), is refused, or pends. */
public sealed interface ResultadoRegra {

    record Aprovada(BigDecimal limite, Optional<Motivo> motivo) implements ResultadoRegra {

        public static Aprovada sem(BigDecimal limite) {
            return new Aprovada(limite, Optional.empty());
        }

        public static Aprovada com(BigDecimal limite, Motivo motivo) {
            return new Aprovada(limite, Optional.of(motivo));
        }
    }

    record Reprovada(Motivo motivo) implements ResultadoRegra {}

    record EmAnalise(Motivo motivo) implements ResultadoRegra {}
}
