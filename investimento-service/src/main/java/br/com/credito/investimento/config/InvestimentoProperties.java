package br.com.credito.investimento.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of investimento-service ({@code investimento.*}); defaults in application.yml. */
@ConfigurationProperties("investimento")
@Validated
public record InvestimentoProperties(
        @Valid @NotNull Eventos eventos, @Valid @NotNull Idempotencia idempotencia) {

    /**
     * Where {@code investimento-criado} goes: the concessao SQS queue (local) or the SNS topic (aws profile).
     *
     * @param tempoMaximoEnvio bound on one send; a publication in flight longer than this is considered lost
     */
    public record Eventos(
            @NotNull Destino destino,
            @NotBlank String fila,
            String topicoArn,
            @NotNull Duration tempoMaximoEnvio,
            @Valid @NotNull Reenvio reenvio) {}

    /**
     * Redelivery of publications that failed: every {@code intervalo}, each failed one whose wait is over is sent
     * again; the wait doubles per attempt from {@code esperaInicial} up to {@code esperaMaxima}.
     *
     * @param presaApos a publication left PUBLISHED/PROCESSING/RESUBMITTED this long (crash, lost task) is failed
     */
    public record Reenvio(
            @NotNull Duration intervalo,
            @NotNull Duration esperaInicial,
            @NotNull Duration esperaMaxima,
            @Min(1) int lote,
            @NotNull Duration presaApos) {}

    /**
     * @param retencao how long a key is remembered; a retry later than this creates a new investment (clients retry
     *     within minutes; the table must not grow forever)
     */
    public record Idempotencia(
            @NotNull Duration retencao, @NotNull Duration intervaloLimpeza) {}

    public enum Destino {
        SQS,
        SNS
    }
}
