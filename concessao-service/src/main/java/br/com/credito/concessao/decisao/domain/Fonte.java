package br.com.credito.concessao.decisao.domain;

import java.util.Objects;

/** Provenance of one input: its origin and, when it came from a cache, how old it was (seconds). */
public record Fonte(OrigemDado origem, Long idadeSegundos) {

    public Fonte {
        Objects.requireNonNull(origem, "origem");
        if (idadeSegundos != null && idadeSegundos < 0) {
            throw new IllegalArgumentException("idadeSegundos negativa");
        }
    }

    public static Fonte aoVivo() {
        return new Fonte(OrigemDado.AO_VIVO, 0L);
    }

    public static Fonte indisponivel() {
        return new Fonte(OrigemDado.INDISPONIVEL, null);
    }

    public static Fonte fallback() {
        return new Fonte(OrigemDado.FALLBACK, null);
    }
}
