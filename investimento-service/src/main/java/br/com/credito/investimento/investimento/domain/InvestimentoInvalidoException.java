package br.com.credito.investimento.investimento.domain;

/** A registration that breaks a rule of the domain; its message names the rule and never the client. */
public class InvestimentoInvalidoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String campo;

    public InvestimentoInvalidoException(String campo, String mensagem) {
        super(mensagem);
        this.campo = campo;
    }

    public String campo() {
        return campo;
    }
}
