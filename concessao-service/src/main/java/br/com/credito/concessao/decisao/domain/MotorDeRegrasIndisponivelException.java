package br.com.credito.concessao.decisao.domain;

public class MotorDeRegrasIndisponivelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MotorDeRegrasIndisponivelException(Throwable causa) {
        super("motor de regras indisponivel", causa);
    }
}
