package br.com.credito.common.http;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;

/**
 * Where a downstream answers and how long its client waits: the timeouts sit on the HTTP client itself, because a
 * TimeLimiter would leave the blocked call running. The properties record of each service nests one per downstream.
 */
public record Destino(
        @NotNull URI url,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout) {}
