package br.com.credito.common.openapi;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the service's OpenAPI document says about itself ({@code credito.api.*}); {@code tokenUrl} is where Swagger
 * UI's Authorize asks for a client-credentials token (the local authorization server, Cognito in AWS).
 */
@Validated
@ConfigurationProperties("credito.api")
public record DocumentacaoApiProperties(
        @NotBlank String titulo,
        @NotBlank String descricao,
        @NotBlank String versao,
        @NotBlank String tokenUrl) {}
