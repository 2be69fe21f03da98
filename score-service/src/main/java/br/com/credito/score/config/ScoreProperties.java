package br.com.credito.score.config;

import br.com.credito.common.cache.PropriedadesCache;
import br.com.credito.common.http.Destino;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@ConfigurationProperties("credito.score")
@Validated
public record ScoreProperties(
        @Valid @NotNull Destino bureau, @Valid @NotNull PropriedadesCache cache) {}
