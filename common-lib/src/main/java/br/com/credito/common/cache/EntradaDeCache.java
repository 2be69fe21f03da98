package br.com.credito.common.cache;

import java.time.Duration;
import java.time.Instant;

/** What is stored in Redis: the value and when the provider gave it, from which freshness and age follow. */
record EntradaDeCache<T>(Instant obtidoEm, T valor) {

    boolean fresca(Instant agora, Duration ttl) {
        return idade(agora).compareTo(ttl) < 0;
    }

    Duration idade(Instant agora) {
        Duration idade = Duration.between(obtidoEm, agora);
        return idade.isNegative() ? Duration.ZERO : idade;
    }
}
