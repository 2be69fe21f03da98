package br.com.credito.common.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies each distinct bearer token once and reuses the verified {@link Jwt} until its {@code exp}. The same token
 * reaches a service on request after request (concessão's one client-credentials token on every call to the four
 * others, a channel's token for its whole lifetime), and parsing it and checking its RSA signature again each time was
 * a measurable part of every hop's CPU (issue 15).
 *
 * <p>Still a check on every request: a hit is a token identical, character for character, to one the delegate (the
 * signature, issuer, audience and time validators) accepted; any change to its header, claims or signature makes it
 * another key, verified afresh. A hit is only served strictly before the token's {@code exp} on this clock (no clock
 * tolerance: after {@code exp} the delegate decides, with its tolerance). A rejected token is never kept. What it
 * trades: a key withdrawn from the JWKS keeps opening the tokens it signed that were already seen, until they expire
 * (the token lifetime, 5 minutes locally) — the same window a JWKS cache already gives.
 *
 * <p>Bounded: at most {@code maxEntradas} tokens; when full, expired ones are dropped, and if it is still full the new
 * token is verified without being kept (many live tokens at once cost the plain verification, never memory).
 */
public final class CacheDeTokensVerificados implements JwtDecoder {

    private final JwtDecoder delegado;
    private final Clock relogio;
    private final int maxEntradas;
    private final Map<String, Jwt> verificados = new ConcurrentHashMap<>();

    public CacheDeTokensVerificados(JwtDecoder delegado, Clock relogio, int maxEntradas) {
        if (maxEntradas < 1) {
            throw new IllegalArgumentException("maxEntradas deve ser positivo: " + maxEntradas);
        }
        this.delegado = delegado;
        this.relogio = relogio;
        this.maxEntradas = maxEntradas;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt guardado = verificados.get(token);
        if (guardado != null) {
            if (antesDoExp(guardado)) {
                return guardado;
            }
            verificados.remove(token, guardado);
        }
        Jwt verificado = delegado.decode(token);
        guardar(token, verificado);
        return verificado;
    }

    /** Tokens kept now (for tests and the bound). */
    int tamanho() {
        return verificados.size();
    }

    private boolean antesDoExp(Jwt jwt) {
        Instant exp = jwt.getExpiresAt();
        return exp != null && relogio.instant().isBefore(exp);
    }

    private void guardar(String token, Jwt jwt) {
        if (!antesDoExp(jwt)) {
            return;
        }
        if (verificados.size() >= maxEntradas) {
            verificados.values().removeIf(j -> !antesDoExp(j));
            if (verificados.size() >= maxEntradas) {
                return;
            }
        }
        verificados.put(token, jwt);
    }
}
