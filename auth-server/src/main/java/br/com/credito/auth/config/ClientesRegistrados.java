package br.com.credito.auth.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Turns the configured clients into registered clients of the client-credentials grant. The configured secret is
 * hashed here (bcrypt), so the repository never holds it in clear and a plain-text {@code {noop}} secret never exists.
 */
final class ClientesRegistrados {

    private ClientesRegistrados() {}

    static InMemoryRegisteredClientRepository criar(AuthServerProperties propriedades, PasswordEncoder codificador) {
        List<RegisteredClient> clientes = new ArrayList<>();
        for (Map.Entry<String, AuthServerProperties.Cliente> entrada :
                propriedades.clientes().entrySet()) {
            clientes.add(registrar(entrada.getKey(), entrada.getValue(), propriedades, codificador));
        }
        return new InMemoryRegisteredClientRepository(clientes);
    }

    private static RegisteredClient registrar(
            String id,
            AuthServerProperties.Cliente cliente,
            AuthServerProperties propriedades,
            PasswordEncoder codificador) {
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientSecret(codificador.encode(cliente.segredo()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(escopos -> escopos.addAll(cliente.escopos()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(propriedades.validadeToken())
                        .build())
                .build();
    }
}
