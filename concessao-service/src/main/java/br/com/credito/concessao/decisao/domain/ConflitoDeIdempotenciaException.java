package br.com.credito.concessao.decisao.domain;

/** The Idempotency-Key was already used with a different request body. */
public class ConflitoDeIdempotenciaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflitoDeIdempotenciaException() {
        super("chave de idempotencia ja usada com outro corpo");
    }
}
