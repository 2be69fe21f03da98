package br.com.credito.regras.config;

import br.com.credito.common.security.ApiAuthorizationRules;
import br.com.credito.common.security.Escopos;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Evaluation is for the concessao service (regras:avaliar); versions and simulation for the risk team (regras:admin). */
@Configuration
public class SegurancaConfig {

    @Bean
    static ApiAuthorizationRules regrasDeAcesso() {
        return regras -> regras.requestMatchers(HttpMethod.POST, "/v1/regras/avaliar")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.REGRAS_AVALIAR))
                // Each rule names its methods: anything else (HEAD, PUT, ...) falls to the default deny (issue 16).
                .requestMatchers(HttpMethod.GET, "/v1/regras/politicas", "/v1/regras/politicas/**")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.REGRAS_ADMIN))
                .requestMatchers(
                        HttpMethod.POST, "/v1/regras/simular", "/v1/regras/politicas", "/v1/regras/politicas/**")
                .hasAuthority(ApiAuthorizationRules.escopo(Escopos.REGRAS_ADMIN));
    }
}
