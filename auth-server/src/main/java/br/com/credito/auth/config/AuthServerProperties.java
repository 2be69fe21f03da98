package br.com.credito.auth.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The issuer every service validates ({@code iss}), the audience of the API, how long a token lives and the
 * clients allowed to ask for one. Secrets here are local-development defaults, overridable by environment.
 */
@Validated
@ConfigurationProperties(prefix = "auth")
public record AuthServerProperties(
        @NotBlank String emissor,
        @NotBlank String audiencia,
        @NotNull Duration validadeToken,
        @NotEmpty Map<String, @Valid Cliente> clientes) {

    /** A client of the client-credentials grant and the scopes it may request. */
    public record Cliente(
            @NotBlank String segredo, @NotEmpty List<String> escopos) {}
}
