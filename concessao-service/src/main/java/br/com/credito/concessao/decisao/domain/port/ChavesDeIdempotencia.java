package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.ChaveIdempotencia;
import java.util.Optional;

/** Port: stored Idempotency-Keys. */
public interface ChavesDeIdempotencia {

    /** The caller's key, unless it expired (a retry after the retention decides anew). */
    Optional<ChaveIdempotencia> buscar(String dono, String chave);

    /**
     * Stores the key in the current transaction; false when another request holds it (the caller rolls back). A
     * concurrent holder that has not committed yet makes this wait for its outcome (unique constraint). An expired key
     * of the same caller is taken over.
     */
    boolean reservar(ChaveIdempotencia chave);
}
