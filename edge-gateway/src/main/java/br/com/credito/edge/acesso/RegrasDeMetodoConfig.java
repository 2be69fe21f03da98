package br.com.credito.edge.acesso;

import br.com.credito.common.security.ApiAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * What the edge lets through to the services: GET and POST on the API with a valid token, as the API Gateway routes
 * declare. Scopes stay with each service; every other method (HEAD, OPTIONS, PUT, ...) falls to the shared chain's
 * default deny here, before it reaches a service (issue 16).
 */
@Configuration(proxyBeanMethods = false)
class RegrasDeMetodoConfig {

    @Bean
    ApiAuthorizationRules metodosDaApi() {
        return regras -> regras.requestMatchers(HttpMethod.GET, "/v1/**")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/v1/**")
                .authenticated();
    }
}
