package br.com.credito.concessao.decisao.domain;

import java.util.Objects;

/** The client's score, or its explicit absence ("risco indefinido"); {@code valor} is null only when absent. */
public record ScoreCliente(Integer valor, Fonte fonte) {

    public ScoreCliente {
        Objects.requireNonNull(fonte, "fonte");
        if ((valor == null) != (fonte.origem() == OrigemDado.INDISPONIVEL)) {
            throw new IllegalArgumentException("score ausente se e somente se indisponivel");
        }
        if (valor != null && (valor < 0 || valor > 1000)) {
            throw new IllegalArgumentException("score fora de 0..1000");
        }
    }

    public static ScoreCliente de(int valor, Fonte fonte) {
        return new ScoreCliente(valor, fonte);
    }

    public static ScoreCliente indisponivel() {
        return new ScoreCliente(null, Fonte.indisponivel());
    }

    /** The conservative default score a feature flag may put in place of a missing one, marked FALLBACK. */
    public static ScoreCliente conservador(int valor) {
        return new ScoreCliente(valor, Fonte.fallback());
    }

    public boolean ausente() {
        return valor == null;
    }
}
