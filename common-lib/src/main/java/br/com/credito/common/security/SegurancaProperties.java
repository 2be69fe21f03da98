package br.com.credito.common.security;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How tokens are checked. The issuer names who signs ({@code iss}); the JWKS location may differ from it (in tests, and
 * behind a VPC endpoint in AWS), so both are set apart. Locally the issuer is the authorization server on 9000; in AWS
 * it is the Cognito user pool.
 */
@Validated
@ConfigurationProperties(prefix = "credito.seguranca")
public record SegurancaProperties(
        @NotBlank String issuerUri, URI jwkSetUri, @NotBlank String audiencia, Duration toleranciaRelogio) {

    public SegurancaProperties {
        if (jwkSetUri == null) {
            jwkSetUri = URI.create(issuerUri.replaceAll("/$", "") + "/oauth2/jwks");
        }
        if (toleranciaRelogio == null) {
            toleranciaRelogio = Duration.ofSeconds(30);
        }
    }
}
