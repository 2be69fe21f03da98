package br.com.credito.common.security;

import br.com.credito.common.problem.ProblemResponseWriter;
import br.com.credito.common.problem.TipoProblema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every service is an OAuth2 resource server: RS256 tokens from the configured issuer, for audience
 * {@code credito-api}, with the scopes each endpoint declares, and nothing else (default deny). Stateless, no CSRF (no cookies, bearer tokens only),
 * and 401/403 answered as problem+json like every other error.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SegurancaProperties.class)
public class SegurancaAutoConfiguration {

    private static final String[] ABERTOS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SegurancaProperties propriedades) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        propriedades.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> validadores = new ArrayList<>(List.of(
                new JwtTimestampValidator(propriedades.toleranciaRelogio()),
                // JwtTimestampValidator accepts a token without exp, which would never expire (RFC 8725).
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(propriedades.issuerUri()),
                new AudienciaValidator(propriedades.audiencia(), propriedades.clientesPermitidos())));
        if (!propriedades.usoDoToken().isEmpty()) {
            validadores.add(new UsoDoTokenValidator(propriedades.usoDoToken()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validadores));
        return propriedades.tokensEmCache() == 0
                ? decoder
                : new CacheDeTokensVerificados(decoder, Clock.systemUTC(), propriedades.tokensEmCache());
    }

    /**
     * No observation of the security filter chain. The defaults already switch its observations off
     * ({@code management.observations.enable.spring.security}), but Spring Security still wrapped every filter of the
     * chain in its observation decorator on every request: 1.4-3.1 % of each service's CPU samples under the CPU
     * drill's load (JFR, issue 15). With these settings the chain is not decorated at all. No test here can see the
     * difference: test contexts run with a no-op observation registry, which Spring Security never decorates; the
     * check is the next profile (no ObservationFilterChainDecorator frames).
     */
    @Bean
    @ConditionalOnMissingBean
    static SecurityObservationSettings semObservacaoDaCadeiaDeSeguranca() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's strict firewall with its header rules checked without regular expressions ({@link CaracteresDoFirewall}). */
    @Bean
    @ConditionalOnMissingBean
    static HttpFirewall firewallSemExpressoesRegulares() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(CaracteresDoFirewall::nomePermitido);
        firewall.setAllowedHeaderValues(CaracteresDoFirewall::valorPermitido);
        firewall.setAllowedParameterNames(CaracteresDoFirewall::nomePermitido);
        return firewall;
    }

    @Bean
    @ConditionalOnMissingBean(BearerTokenResolver.class)
    ResolvedorDeTokenBearer resolvedorDeTokenBearer() {
        return new ResolvedorDeTokenBearer();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            ObjectProvider<ApiAuthorizationRules> regras,
            ProblemResponseWriter writer,
            SegurancaProperties propriedades,
            BearerTokenResolver resolvedorDeToken)
            throws Exception {
        var escopos = new JwtAuthenticationConverter();
        escopos.setJwtGrantedAuthoritiesConverter(new EscoposConverter(propriedades.prefixoEscopo()));
        AuthenticationEntryPoint naoAutenticado = (req, res, ex) -> {
            res.setHeader("WWW-Authenticate", "Bearer");
            writer.escrever(res, TipoProblema.NAO_AUTENTICADO, "Token ausente, invalido ou expirado.");
        };
        AccessDeniedHandler negado = (req, res, ex) ->
                writer.escrever(res, TipoProblema.ACESSO_NEGADO, "O token nao concede o escopo exigido.");
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(HttpMethod.GET, ABERTOS).permitAll();
                    auth.requestMatchers("/error").permitAll();
                    // Metrics for the drills and an operator, with any valid token (no customer data in them).
                    auth.requestMatchers(HttpMethod.GET, "/actuator/prometheus").authenticated();
                    regras.orderedStream().forEach(r -> r.aplicar(auth));
                    // Default deny: a method or path that no rule names is refused, whatever the token holds. Rules
                    // name their method, and Spring MVC serves HEAD (and OPTIONS) with the GET handler, so a
                    // catch-all "authenticated" let HEAD past every scope (issue 16).
                    auth.anyRequest().denyAll();
                })
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(resolvedorDeToken)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(escopos))
                        .authenticationEntryPoint(naoAutenticado)
                        .accessDeniedHandler(negado))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(naoAutenticado).accessDeniedHandler(negado));
        return http.build();
    }
}
