package br.com.credito.common.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;

/**
 * Fetches the service token once the application is ready. Otherwise the first decision after a deploy pays for the
 * token request inside its own deadline and answers with every input "unavailable". A failure here is only logged:
 * the interceptor fetches the token on the next call anyway.
 */
final class AquecimentoDoToken implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(AquecimentoDoToken.class);

    private final OAuth2AuthorizedClientManager manager;

    AquecimentoDoToken(OAuth2AuthorizedClientManager manager) {
        this.manager = manager;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent evento) {
        try {
            manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(ServiceTokenAutoConfiguration.REGISTRO)
                    .principal(ServiceTokenAutoConfiguration.PRINCIPAL)
                    .build());
        } catch (RuntimeException e) {
            log.warn(
                    "Token de servico nao obtido na partida ({}); sera pedido na primeira chamada",
                    e.getClass().getSimpleName());
        }
    }
}
