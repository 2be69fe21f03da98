package br.com.credito.investimento.investimento.domain;

public class InvestimentoNaoEncontradoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvestimentoNaoEncontradoException(long idInvestimento) {
        super("Investimento " + idInvestimento + " nao encontrado");
    }
}
