package br.com.credito.common.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each service declares which scope each of its endpoints needs; the shared filter chain applies the rules before
 * its catch-all "authenticated". Scopes are checked as authorities {@code SCOPE_<scope>}.
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

    void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras);

    static String escopo(String escopo) {
        return "SCOPE_" + escopo;
    }
}
