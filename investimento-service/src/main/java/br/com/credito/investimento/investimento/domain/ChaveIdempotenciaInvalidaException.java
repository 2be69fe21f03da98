package br.com.credito.investimento.investimento.domain;

/** The {@code Idempotency-Key} header is empty, too long or has characters outside visible ASCII. */
public class ChaveIdempotenciaInvalidaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChaveIdempotenciaInvalidaException(String mensagem) {
        super(mensagem);
    }
}
