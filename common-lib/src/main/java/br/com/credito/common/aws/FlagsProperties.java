package br.com.credito.common.aws;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the AppConfig Agent serves the flag profile ({@code http://localhost:2772/applications/.../configurations/...}),
 * how long a read is reused, and how long a read may take: the agent is on localhost, so a slow answer means it is
 * unwell and the last known flags (or the caller's default) are better than waiting.
 */
@Validated
@ConfigurationProperties(prefix = "credito.flags")
public record FlagsProperties(@NotNull URI url, Duration cache, Duration timeout) {

    public FlagsProperties {
        if (cache == null) {
            cache = Duration.ofSeconds(15);
        }
        if (timeout == null) {
            timeout = Duration.ofMillis(300);
        }
    }
}
