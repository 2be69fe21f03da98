package br.com.credito.common.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;

/**
 * Service-to-service calls carry the calling service's own client-credentials token (never the channel's). Spring
 * Security keeps the token and fetches a new one shortly before it expires; the manager used here works outside an
 * HTTP request too (message listeners, virtual-thread fan-out).
 *
 * <p>Active when the service configures a registration named {@value #REGISTRO} under
 * {@code spring.security.oauth2.client.registration}.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnBean(ClientRegistrationRepository.class)
public class ServiceTokenAutoConfiguration {

    public static final String REGISTRO = "credito-servico";

    static final Authentication PRINCIPAL =
            new AnonymousAuthenticationToken(REGISTRO, REGISTRO, AuthorityUtils.createAuthorityList("ROLE_SERVICO"));

    @Bean
    @ConditionalOnMissingBean
    OAuth2AuthorizedClientManager servicoAuthorizedClientManager(ClientRegistrationRepository registros) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registros, new InMemoryOAuth2AuthorizedClientService(registros));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        return manager;
    }

    @Bean
    AquecimentoDoToken aquecimentoDoToken(OAuth2AuthorizedClientManager manager) {
        return new AquecimentoDoToken(manager);
    }

    /** Add to a RestClient that calls another service of the platform. */
    @Bean
    @ConditionalOnMissingBean
    OAuth2ClientHttpRequestInterceptor servicoTokenInterceptor(OAuth2AuthorizedClientManager manager) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRO);
        // The token is the service's, not the caller's: one cached token for every request, whoever the channel is.
        interceptor.setPrincipalResolver(request -> PRINCIPAL);
        return interceptor;
    }
}
