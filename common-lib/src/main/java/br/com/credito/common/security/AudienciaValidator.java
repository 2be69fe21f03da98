package br.com.credito.common.security;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token minted for another API of the bank must not open this one: its {@code aud} must name this API or, for
 * Cognito access tokens (which have no {@code aud}), its {@code client_id} must be one of the configured app clients.
 */
final class AudienciaValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error RECUSA =
            new OAuth2Error("invalid_token", "O token nao foi emitido para esta API.", null);

    private final String audiencia;
    private final List<String> clientesPermitidos;

    AudienciaValidator(String audiencia, List<String> clientesPermitidos) {
        this.audiencia = audiencia;
        this.clientesPermitidos = clientesPermitidos;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> aud = token.getAudience();
        // A token with neither claim is refused here: List.copyOf's contains(null) threw, and the request was a 500.
        String clientId = token.getClaimAsString("client_id");
        boolean valido = aud != null && !aud.isEmpty()
                ? aud.contains(audiencia)
                : clientId != null && clientesPermitidos.contains(clientId);
        return valido ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(RECUSA);
    }
}
