package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The scope each endpoint of this API needs (applied by common-lib's resource server chain). */
@Configuration(proxyBeanMethods = false)
class RegrasDeAcessoConfig {

    @Bean
    ApiAuthorizationRules regrasDeInvestimento() {
        return r -> r.requestMatchers(HttpMethod.POST, "/v1/investimentos")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.INVESTIMENTO_ESCREVER))
                // "/*" is one segment: an investment by id and the client's position (/posicao) alike.
                .requestMatchers(HttpMethod.GET, "/v1/investimentos", "/v1/investimentos/*")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.INVESTIMENTO_LER));
    }
}
