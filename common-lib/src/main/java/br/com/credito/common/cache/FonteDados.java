package br.com.credito.common.cache;

/** Where an answer came from, as the internal contracts name it (header {@code X-Fonte-Dados}, field {@code fonte}). */
public enum FonteDados {
    /** Fetched from the provider during this request. */
    BUREAU,
    /** A copy younger than the TTL. */
    CACHE,
    /** A copy older than the TTL, served because the provider failed. */
    CACHE_EXPIRADO
}
