package br.com.credito.score.config;

import br.com.credito.common.cache.PropriedadesCache;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@ConfigurationProperties("credito.score")
@Validated
public record ScoreProperties(
        @Valid @NotNull Bureau bureau, @Valid @NotNull PropriedadesCache cache) {

    /** The timeouts live on the HTTP client: Resilience4j's TimeLimiter would not stop a blocked call. */
    public record Bureau(
            @NotNull URI url,
            @NotNull Duration connectTimeout,
            @NotNull Duration readTimeout) {}
}
