package br.com.credito.regras.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties("credito.regras")
public record RegrasProperties(@NotNull @Valid Politica politica) {

    /**
     * @param intervaloAtualizacao how often each instance checks which version is active: the longest time an
     *     activation or rollback takes to reach every instance
     */
    public record Politica(@NotNull Duration intervaloAtualizacao) {}
}
