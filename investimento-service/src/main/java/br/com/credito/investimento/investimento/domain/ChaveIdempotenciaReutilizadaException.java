package br.com.credito.investimento.investimento.domain;

/** The key was already used for a different request: answering with the first result would hide the client's bug. */
public class ChaveIdempotenciaReutilizadaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChaveIdempotenciaReutilizadaException() {
        super("Idempotency-Key ja usada com outro corpo de requisicao");
    }
}
