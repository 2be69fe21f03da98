package br.com.credito.common.security;

import java.util.Collection;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/** Scopes as {@code SCOPE_<scope>} authorities, with the issuer's resource-server prefix (Cognito) taken off. */
final class EscoposConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final String PREFIXO_AUTORIDADE = "SCOPE_";

    private final JwtGrantedAuthoritiesConverter padrao = new JwtGrantedAuthoritiesConverter();
    private final String prefixoEscopo;

    EscoposConverter(String prefixoEscopo) {
        this.prefixoEscopo = prefixoEscopo;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Collection<GrantedAuthority> autoridades = padrao.convert(jwt);
        if (prefixoEscopo.isEmpty()) {
            return autoridades;
        }
        return autoridades.stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith(PREFIXO_AUTORIDADE + prefixoEscopo)
                        ? PREFIXO_AUTORIDADE + a.substring(PREFIXO_AUTORIDADE.length() + prefixoEscopo.length())
                        : a)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
