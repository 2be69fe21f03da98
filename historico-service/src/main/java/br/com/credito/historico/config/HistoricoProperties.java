package br.com.credito.historico.config;

import br.com.credito.common.cache.PropriedadesCache;
import br.com.credito.common.http.Destino;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@ConfigurationProperties("credito.historico")
@Validated
public record HistoricoProperties(
        @Valid @NotNull Destino bureau, @Valid @NotNull PropriedadesCache cache) {}
