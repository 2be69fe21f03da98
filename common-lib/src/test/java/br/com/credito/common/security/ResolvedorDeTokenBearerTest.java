package br.com.credito.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The resolver must answer exactly what Spring Security's default one answers, header by header. */
class ResolvedorDeTokenBearerTest {

    private static final String CARACTERES_DO_TOKEN =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/";
    /** Characters that b64token does not allow, including the ones a regex engine treats specially. */
    private static final String INTRUSOS = "= \t\n\r,;:%\"'*?()[]{}|\\$^@!#&é\u00a0\u212a\u0130\u017f";

    private static final String[] ESQUEMAS = {
        "Bearer ",
        "bearer ",
        "BEARER ",
        "bEaReR ",
        "Bearer",
        "Bearer  ",
        "Bearer\t",
        "Bearerx",
        "Bearer=",
        "Basic ",
        "",
        " Bearer ",
        "Bea",
        "Bearer\u00a0",
        "Token "
    };

    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();
    private final BearerTokenResolver nosso = new ResolvedorDeTokenBearer();

    @Test
    void umTokenBemFormadoSaiSemOEsquema() {
        assertThat(nosso.resolve(pedido("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==")))
                .isEqualTo("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==");
        assertThat(nosso.resolve(pedido("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void semCabecalhoOuOutroEsquemaNaoHaToken() {
        assertThat(nosso.resolve(new MockHttpServletRequest())).isNull();
        assertThat(nosso.resolve(pedido("Basic dXNlcjpzZW5oYQ=="))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearer ==", "Bearer a=b", "Bearer abc ", "Bearerabc"})
    void umTokenMalFormadoERecusadoComoInvalido(String cabecalho) {
        assertThatThrownBy(() -> nosso.resolve(pedido(cabecalho)))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_token"));
    }

    /** A fixed seed: a difference found once is found again on every run. */
    @Test
    void respondeComoOResolvedorDoSpringEmCabecalhosGerados() {
        Random aleatorio = new Random(20261202L);
        for (int i = 0; i < 200_000; i++) {
            String cabecalho = ESQUEMAS[aleatorio.nextInt(ESQUEMAS.length)] + corpo(aleatorio);
            assertThat(resposta(nosso, cabecalho))
                    .as("cabecalho [%s]", cabecalho)
                    .isEqualTo(resposta(spring, cabecalho));
        }
    }

    @Test
    void tokenNaQueryStringContinuaRecusado() {
        MockHttpServletRequest pedido = new MockHttpServletRequest("GET", "/v1/x");
        pedido.addParameter("access_token", "abc");
        assertThat(nosso.resolve(pedido)).isNull();
        assertThat(spring.resolve(pedido)).isNull();
    }

    private static String corpo(Random aleatorio) {
        int tamanho = aleatorio.nextInt(12);
        StringBuilder corpo = new StringBuilder();
        for (int i = 0; i < tamanho; i++) {
            String fonte = aleatorio.nextInt(6) == 0 ? INTRUSOS : CARACTERES_DO_TOKEN;
            corpo.append(fonte.charAt(aleatorio.nextInt(fonte.length())));
        }
        return corpo.toString();
    }

    /** The token, "null", or the error a rejection carries. */
    private static String resposta(BearerTokenResolver resolvedor, String cabecalho) {
        try {
            return String.valueOf(resolvedor.resolve(pedido(cabecalho)));
        } catch (OAuth2AuthenticationException e) {
            OAuth2Error erro = e.getError();
            return "erro " + erro.getErrorCode() + " " + erro.getDescription();
        }
    }

    private static MockHttpServletRequest pedido(String autorizacao) {
        MockHttpServletRequest pedido = new MockHttpServletRequest("POST", "/v1/cartao/concessao");
        pedido.addHeader("Authorization", autorizacao);
        return pedido;
    }
}
