package br.com.credito.common.problem;

import java.io.IOException;

/** The request body passed the configured size limit while it was being read. */
public class CorpoGrandeDemaisException extends IOException {

    private static final long serialVersionUID = 1L;

    public CorpoGrandeDemaisException(long limite) {
        super("O corpo da requisicao excede o limite de " + limite + " bytes.");
    }
}
