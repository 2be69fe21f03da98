package br.com.credito.investimento.investimento.application;

/** The investment a registration refers to, and whether it was created now or by an earlier request with the key. */
public record ResultadoRegistro(long idInvestimento, boolean repeticao) {

    static ResultadoRegistro criado(long idInvestimento) {
        return new ResultadoRegistro(idInvestimento, false);
    }

    static ResultadoRegistro repetido(long idInvestimento) {
        return new ResultadoRegistro(idInvestimento, true);
    }
}
