package br.com.credito.common.security;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How tokens are checked. The issuer names who signs ({@code iss}); the JWKS location may differ from it (in tests, and
 * behind a VPC endpoint in AWS), so both are set apart. Locally the issuer is the authorization server on 9000; in AWS
 * it is the Cognito user pool, whose access tokens differ in two ways that the last two settings absorb: they carry
 * no {@code aud} but a {@code client_id}, and their scopes are prefixed with the resource server
 * ({@code credito-api/cartao:conceder}).
 *
 * @param clientesPermitidos client ids accepted in {@code client_id} when the token has no {@code aud} (Cognito)
 * @param prefixoEscopo removed from each scope before it is compared with an endpoint's scope
 * @param usoDoToken when set, the {@code token_use} claim must equal it ({@code access} for Cognito: its ID tokens
 *     are signed by the same keys and must not open the API)
 * @param tokensEmCache how many verified tokens are reused until their {@code exp} ({@link CacheDeTokensVerificados});
 *     0 verifies every request afresh
 */
@Validated
@ConfigurationProperties(prefix = "credito.seguranca")
public record SegurancaProperties(
        @NotBlank String issuerUri,
        URI jwkSetUri,
        @NotBlank String audiencia,
        Duration toleranciaRelogio,
        List<String> clientesPermitidos,
        String prefixoEscopo,
        String usoDoToken,
        Integer tokensEmCache) {

    public SegurancaProperties {
        if (jwkSetUri == null) {
            jwkSetUri = URI.create(issuerUri.replaceAll("/$", "") + "/oauth2/jwks");
        }
        if (toleranciaRelogio == null) {
            toleranciaRelogio = Duration.ofSeconds(30);
        }
        clientesPermitidos = clientesPermitidos == null ? List.of() : List.copyOf(clientesPermitidos);
        prefixoEscopo = prefixoEscopo == null ? "" : prefixoEscopo;
        usoDoToken = usoDoToken == null ? "" : usoDoToken;
        if (tokensEmCache == null) {
            tokensEmCache = 10_000;
        }
        if (tokensEmCache < 0) {
            throw new IllegalArgumentException("credito.seguranca.tokens-em-cache nao pode ser negativo");
        }
    }
}
