package br.com.credito.concessao.config;

import br.com.credito.common.http.Destino;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Every setting of the service (application.yml; each overridable by an environment variable). */
@Validated
@ConfigurationProperties(prefix = "concessao")
public record ConcessaoProperties(
        @NotNull Duration prazoDecisao,
        @Min(0) @Max(1000) int scoreConservador,
        @Valid @NotNull Downstreams downstreams,
        @Valid @NotNull Fila fila,
        @NotNull Map<String, String> flags) {

    public record Downstreams(
            @Valid @NotNull Destino score,
            @Valid @NotNull Destino historico,
            @Valid @NotNull Destino investimento,
            @Valid @NotNull Destino regras) {}

    /**
     * The investimento-criado queue the listener consumes. Its DLQ and redrive policy come from Terraform in AWS and
     * from the broker itself locally (the launcher, test-support: filas-locais); the service never creates queues.
     */
    public record Fila(@NotBlank String nome) {}
}
