package br.com.credito.auth.config;

import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Shapes access tokens like Cognito's, so services validate the same claims locally and in AWS: the API audience
 * ({@code aud}, checked by every resource server) and {@code scope} as one space-separated string.
 */
final class ClaimsDoToken implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final String audiencia;

    ClaimsDoToken(String audiencia) {
        this.audiencia = audiencia;
    }

    @Override
    public void customize(JwtEncodingContext contexto) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(contexto.getTokenType())) {
            return;
        }
        contexto.getClaims().audience(List.of(audiencia));
        contexto.getClaims().claim("scope", String.join(" ", contexto.getAuthorizedScopes()));
    }
}
