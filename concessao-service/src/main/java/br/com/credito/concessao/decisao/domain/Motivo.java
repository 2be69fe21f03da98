package br.com.credito.concessao.decisao.domain;

import java.util.Objects;

/** One reason of a decision: a stable code and its Portuguese text, as the policy stated it. */
public record Motivo(String codigo, String descricao) {

    public Motivo {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(descricao, "descricao");
    }
}
