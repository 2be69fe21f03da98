package br.com.credito.common.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Cognito signs its ID tokens with the same keys as its access tokens and marks them in {@code token_use}: only the
 * configured use ({@code access}) opens the API. A token without the claim is not Cognito's; it passes here only if
 * it names an audience, which {@link AudienciaValidator} then checks.
 */
final class UsoDoTokenValidator implements OAuth2TokenValidator<Jwt> {

    static final String CLAIM = "token_use";

    private static final OAuth2Error RECUSA =
            new OAuth2Error("invalid_token", "O token nao e um token de acesso.", null);

    private final String usoExigido;

    UsoDoTokenValidator(String usoExigido) {
        this.usoExigido = usoExigido;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String uso = token.getClaimAsString(CLAIM);
        boolean valido = uso == null
                ? token.getAudience() != null && !token.getAudience().isEmpty()
                : usoExigido.equals(uso);
        return valido ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(RECUSA);
    }
}
