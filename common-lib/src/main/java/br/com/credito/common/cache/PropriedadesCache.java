package br.com.credito.common.cache;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param ttl how long a copy answers without asking the provider (e.g. 1 h)
 * @param retencao how long the last-known copy is kept to be served stale when the provider fails (e.g. 7 d)
 */
public record PropriedadesCache(
        @NotNull Duration ttl, @NotNull Duration retencao) {

    public PropriedadesCache {
        if (ttl != null && retencao != null && retencao.compareTo(ttl) < 0) {
            throw new IllegalArgumentException("retencao deve ser maior ou igual ao ttl");
        }
    }
}
