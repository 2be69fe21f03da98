package br.com.credito.auth.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Authorization Server limited to what Cognito does for this platform: the client-credentials grant, JWKS and
 * metadata. The issuer is fixed by configuration, never taken from the request's Host, so a token fetched through
 * {@code 127.0.0.1} or a container name still carries the {@code iss} the services expect.
 */
@Configuration(proxyBeanMethods = false)
class ServidorAutorizacaoConfig {

    @Bean
    @Order(1)
    SecurityFilterChain servidorAutorizacaoFilterChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(servidor -> http.securityMatcher(servidor.getEndpointsMatcher()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Everything that is not an OAuth2 endpoint: health probes only. */
    @Bean
    @Order(2)
    SecurityFilterChain demaisFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                        auth -> auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(
            AuthServerProperties propriedades, PasswordEncoder passwordEncoder) {
        return ClientesRegistrados.criar(propriedades, passwordEncoder);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        return new ImmutableJWKSet<>(new JWKSet(ChaveDeAssinatura.gerar()));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthServerProperties propriedades) {
        return AuthorizationServerSettings.builder()
                .issuer(propriedades.emissor())
                .build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claimsDoToken(AuthServerProperties propriedades) {
        return new ClaimsDoToken(propriedades.audiencia());
    }
}
