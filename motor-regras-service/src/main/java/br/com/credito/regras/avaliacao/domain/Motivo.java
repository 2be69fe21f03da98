package br.com.credito.regras.avaliacao.domain;

/** One reason behind a decision: a stable code for systems and a Portuguese text for people. */
public record Motivo(String codigo, String descricao) {

    public static Motivo de(CodigoMotivo codigo, String descricao) {
        return new Motivo(codigo.name(), descricao);
    }
}
