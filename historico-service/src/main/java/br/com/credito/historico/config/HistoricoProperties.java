package br.com.credito.historico.config;

import br.com.credito.common.cache.PropriedadesCache;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@ConfigurationProperties("credito.historico")
@Validated
public record HistoricoProperties(
        @Valid @NotNull Bureau bureau, @Valid @NotNull PropriedadesCache cache) {

    /** Timeouts on the HTTP client itself: a TimeLimiter would leave the blocked call running. */
    public record Bureau(
            @NotNull URI url,
            @NotNull Duration connectTimeout,
            @NotNull Duration readTimeout) {}
}
