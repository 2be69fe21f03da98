package br.com.credito.concessao.config;

import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Scopes per endpoint. The review request needs {@code cartao:conceder}, not {@code cartao:ler}: it writes, and it
 * opens work for a human team, so a read-only client (a dashboard, a report) must not be able to create it; the
 * channel that asked for the card on the customer's behalf holds that scope.
 */
@Configuration(proxyBeanMethods = false)
class SegurancaConfig {

    @Bean
    ApiAuthorizationRules regrasDeAcessoConcessao() {
        String conceder = ApiAuthorizationRules.escopo(Escopos.CARTAO_CONCEDER);
        String ler = ApiAuthorizationRules.escopo(Escopos.CARTAO_LER);
        return r -> r.requestMatchers(HttpMethod.POST, "/v1/cartao/concessao")
                .hasAuthority(conceder)
                .requestMatchers(HttpMethod.POST, "/v1/cartao/concessoes/*/revisao")
                .hasAuthority(conceder)
                .requestMatchers(HttpMethod.GET, "/v1/cartao/**")
                .hasAuthority(ler);
    }
}
