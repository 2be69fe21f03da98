package br.com.credito.investimento.investimento.adapter.out.mensageria;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed publication may be tried again: {@code inicial} after the first resubmission, doubling per attempt,
 * never more than {@code maxima}. A broker outage thus costs a few attempts per event, not one per tick.
 */
record EsperaExponencial(Duration inicial, Duration maxima) {

    private static final int EXPOENTE_MAXIMO = 20;

    boolean podeTentar(int tentativas, Instant ultimaTentativa, Instant agora) {
        return ultimaTentativa == null || !agora.isBefore(ultimaTentativa.plus(espera(tentativas)));
    }

    Duration espera(int tentativas) {
        int expoente = Math.min(Math.max(tentativas - 1, 0), EXPOENTE_MAXIMO);
        Duration espera = inicial.multipliedBy(1L << expoente);
        return espera.compareTo(maxima) > 0 ? maxima : espera;
    }
}
