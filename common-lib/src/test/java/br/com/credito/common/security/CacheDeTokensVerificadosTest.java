package br.com.credito.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.testsupport.TokensDeTeste;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The real RS256 decoder behind the cache, on one clock that the test moves. */
class CacheDeTokensVerificadosTest {

    private final RelogioDeTeste relogio = new RelogioDeTeste();
    private final AtomicInteger verificacoes = new AtomicInteger();
    private CacheDeTokensVerificados cache;

    @BeforeEach
    void montar() {
        NimbusJwtDecoder real = NimbusJwtDecoder.withJwkSetUri(TokensDeTeste.jwksUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator tempo = new JwtTimestampValidator(Duration.ZERO);
        tempo.setClock(relogio);
        real.setJwtValidator(tempo);
        JwtDecoder contado = token -> {
            verificacoes.incrementAndGet();
            return real.decode(token);
        };
        cache = new CacheDeTokensVerificados(contado, relogio, 3);
    }

    @Test
    void oMesmoTokenEVerificadoUmaVezAteOExp() {
        String token = TokensDeTeste.valido("score:ler");

        Jwt primeiro = cache.decode(token);
        Jwt segundo = cache.decode(token);

        assertThat(segundo).isSameAs(primeiro);
        assertThat(segundo.getClaimAsString("scope")).isEqualTo("score:ler");
        assertThat(verificacoes).hasValue(1);
    }

    @Test
    void tokenAdulteradoDepoisDeUmValidoNaoPassa() {
        String token = TokensDeTeste.valido("score:ler");
        cache.decode(token);
        String[] partes = token.split("\\.");
        String outraAssinatura = partes[0] + "." + partes[1] + "."
                + TokensDeTeste.chaveDesconhecida("score:ler").split("\\.")[2];
        String outrasClaims =
                partes[0] + "." + TokensDeTeste.valido("cartao:conceder").split("\\.")[1] + "." + partes[2];

        assertThatThrownBy(() -> cache.decode(outraAssinatura)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(outrasClaims)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(TokensDeTeste.chaveDesconhecida("score:ler")))
                .isInstanceOf(JwtException.class);
        assertThat(cache.tamanho()).isEqualTo(1);
    }

    @Test
    void naoSobreviveAoExp() {
        String token = TokensDeTeste.valido("score:ler");
        Instant exp = cache.decode(token).getExpiresAt();

        relogio.agora = exp.minusMillis(1);
        cache.decode(token);
        assertThat(verificacoes).hasValue(1);

        // at exp the verifier decides again (it still accepts the instant itself), and nothing is kept
        relogio.agora = exp;
        cache.decode(token);
        assertThat(verificacoes).hasValue(2);
        assertThat(cache.tamanho()).isZero();

        relogio.agora = exp.plusSeconds(1);
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtException.class);
        assertThat(verificacoes).hasValue(3);
    }

    @Test
    void tokenExpiradoNuncaEGuardado() {
        assertThatThrownBy(() -> cache.decode(TokensDeTeste.expirado("score:ler")))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(TokensDeTeste.expirado("score:ler")))
                .isInstanceOf(JwtException.class);
        assertThat(cache.tamanho()).isZero();
        assertThat(verificacoes).hasValue(2);
    }

    @Test
    void cheioDescartaOsExpiradosENuncaPassaDoLimite() {
        for (int i = 0; i < 3; i++) {
            cache.decode(TokensDeTeste.validoPara("cliente-" + i, "score:ler"));
        }
        String quarto = TokensDeTeste.validoPara("cliente-3", "score:ler");
        cache.decode(quarto);
        cache.decode(quarto);
        assertThat(cache.tamanho()).isEqualTo(3);
        assertThat(verificacoes).hasValue(5);

        // an hour later the three kept ones expired; a token valid from then on takes their place
        String depois = TokensDeTeste.aindaNaoValido("score:ler");
        relogio.agora = Instant.now().plus(Duration.ofHours(1)).plusSeconds(1);
        cache.decode(depois);
        cache.decode(depois);
        assertThat(cache.tamanho()).isEqualTo(1);
        assertThat(verificacoes).hasValue(6);
    }

    /** The real time until a test sets it; the cache and the decoder's time validator read the same clock. */
    static final class RelogioDeTeste extends Clock {
        volatile Instant agora;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zona) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant fixo = agora;
            return fixo != null ? fixo : Instant.now();
        }
    }
}
