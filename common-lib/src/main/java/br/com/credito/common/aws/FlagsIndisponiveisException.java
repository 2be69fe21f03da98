package br.com.credito.common.aws;

/** The flags could not be read and no earlier read is available. */
public final class FlagsIndisponiveisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FlagsIndisponiveisException(String mensagem, Throwable causa) {
        super(mensagem, causa);
    }
}
