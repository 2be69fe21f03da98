package br.com.credito.investimento.investimento.domain.port;

import br.com.credito.investimento.investimento.domain.ChaveIdempotencia;
import br.com.credito.investimento.investimento.domain.RegistroDeIdempotencia;
import java.util.Optional;

/** Port: the idempotency keys already used, stored in the same transaction as the investment they created. */
public interface ChavesDeIdempotencia {

    /**
     * Takes the key for the current transaction and answers empty, or answers the committed request that already
     * holds it. While another transaction holds the key this waits for it to end, so concurrent requests with one key
     * never both create an investment.
     */
    Optional<RegistroDeIdempotencia> reservar(ChaveIdempotencia chave, String impressaoDigital);

    /** Records which investment the reserved key created. */
    void vincular(ChaveIdempotencia chave, long idInvestimento);
}
