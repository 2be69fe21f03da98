package br.com.credito.common.openapi;

import br.com.credito.common.security.Escopos;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Active in a service that names itself ({@code credito.api.titulo}); the edge and tools without it are left alone. */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "credito.api", name = "titulo")
@EnableConfigurationProperties(DocumentacaoApiProperties.class)
public class DocumentacaoApiAutoConfiguration {

    static final String BEARER = "bearer";
    static final String OAUTH2 = "oauth2";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI creditoOpenApi(DocumentacaoApiProperties api) {
        return new OpenAPI()
                .info(new Info()
                        .title(api.titulo())
                        .version(api.versao())
                        .description(api.descricao())
                        .license(new License()
                                .name("Proprietária — uso restrito aos canais do banco")
                                .identifier("LicenseRef-Proprietaria")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description(
                                                "Token JWT emitido pelo servidor de autorização (Cognito na AWS)."))
                        .addSecuritySchemes(
                                OAUTH2,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description(
                                                "OAuth2 client credentials: o botão Authorize do Swagger UI pede o token.")
                                        .flows(new OAuthFlows()
                                                .clientCredentials(new OAuthFlow()
                                                        .tokenUrl(api.tokenUrl())
                                                        .scopes(escopos())))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2));
    }

    @Bean
    OperationCustomizer creditoRespostasDeErro() {
        return new RespostasDeErro();
    }

    @Bean
    FormatosDocumentados creditoFormatosDocumentados() {
        return new FormatosDocumentados();
    }

    @Bean
    OpenApiCustomizer creditoEsquemasDeProblema() {
        return new EsquemasDeProblema();
    }

    private static Scopes escopos() {
        return new Scopes()
                .addString(Escopos.CARTAO_CONCEDER, "Pedir cartão e revisão de decisão")
                .addString(Escopos.CARTAO_LER, "Consultar situação, explicação e histórico de limite")
                .addString(Escopos.INVESTIMENTO_ESCREVER, "Registrar investimentos")
                .addString(Escopos.INVESTIMENTO_LER, "Consultar investimentos")
                .addString(Escopos.HISTORICO_LER, "Consultar contratos de crédito")
                .addString(Escopos.SCORE_LER, "Consultar score")
                .addString(Escopos.REGRAS_AVALIAR, "Avaliar crédito pela política vigente")
                .addString(Escopos.REGRAS_ADMIN, "Administrar e simular versões da política");
    }
}
