package br.com.credito.concessao.decisao.domain;

import java.util.Optional;

/** Port: stored Idempotency-Keys. */
public interface ChavesIdempotencia {

    Optional<ChaveIdempotencia> buscar(String chave);

    /**
     * Stores the key in the current transaction; false when another request holds it (the caller rolls back). A
     * concurrent holder that has not committed yet makes this wait for its outcome (unique constraint).
     */
    boolean reservar(ChaveIdempotencia chave);
}
