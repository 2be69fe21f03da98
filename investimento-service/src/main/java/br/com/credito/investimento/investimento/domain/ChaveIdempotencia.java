package br.com.credito.investimento.investimento.domain;

import java.util.Objects;

/**
 * An {@code Idempotency-Key} as sent by a client, scoped to that client ({@code dono}, the token's subject) so that
 * two channels choosing the same key never see each other's investments. Keys are 1 to 128 visible ASCII characters:
 * enough for a UUID or a ULID with a prefix, small enough to index.
 */
public record ChaveIdempotencia(String dono, String valor) {

    public static final int TAMANHO_MAXIMO = 128;

    public ChaveIdempotencia {
        Objects.requireNonNull(dono, "dono");
        if (valor == null || valor.isEmpty() || valor.length() > TAMANHO_MAXIMO) {
            throw new ChaveIdempotenciaInvalidaException("deve ter de 1 a " + TAMANHO_MAXIMO + " caracteres");
        }
        if (!valor.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw new ChaveIdempotenciaInvalidaException("deve ter apenas caracteres ASCII visiveis");
        }
    }
}
