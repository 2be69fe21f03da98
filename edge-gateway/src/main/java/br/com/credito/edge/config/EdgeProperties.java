package br.com.credito.edge.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Service base URLs (same environment names concessao uses) and the per-client throttle. */
@Validated
@ConfigurationProperties(prefix = "edge")
public record EdgeProperties(
        @NotNull @Valid Destinos destinos, @NotNull @Valid Limite limite) {

    public record Destinos(
            @NotNull URI concessao,
            @NotNull URI regras,
            @NotNull URI historico,
            @NotNull URI score,
            @NotNull URI investimento) {}

    /**
     * A token bucket per client: {@code capacidade} requests at once (burst), refilled with {@code reposicao} requests
     * every {@code periodo} (API Gateway's burst and rate).
     */
    public record Limite(
            @Positive long capacidade,
            @Positive long reposicao,
            @NotNull Duration periodo) {}
}
