package br.com.credito.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hands the real test servers to a Spring context. Use with
 * {@code @ContextConfiguration(initializers = {ServidoresDeTeste.Postgres.class, ServidoresDeTeste.Jwks.class})}.
 */
public final class ServidoresDeTeste {

    private ServidoresDeTeste() {}

    /** A fresh database on the shared embedded PostgreSQL. */
    public static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext contexto) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + PostgresDeTeste.novoBanco(),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres")
                    .applyTo(contexto);
        }
    }

    public static final class Redis implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext contexto) {
            TestPropertyValues.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + RedisDeTeste.porta())
                    .applyTo(contexto);
        }
    }

    public static final class Sqs implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext contexto) {
            TestPropertyValues.of(
                            "spring.cloud.aws.sqs.endpoint=" + SqsDeTeste.endpoint(),
                            "spring.cloud.aws.region.static=" + SqsDeTeste.REGIAO,
                            "spring.cloud.aws.credentials.access-key=" + SqsDeTeste.CHAVE,
                            "spring.cloud.aws.credentials.secret-key=" + SqsDeTeste.CHAVE)
                    .applyTo(contexto);
        }
    }

    /** Points the resource server at the test JWKS; tokens come from {@link TokensDeTeste}. */
    public static final class Jwks implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext contexto) {
            TestPropertyValues.of(
                            "credito.seguranca.issuer-uri=" + TokensDeTeste.EMISSOR,
                            "credito.seguranca.jwk-set-uri=" + TokensDeTeste.jwksUri(),
                            "credito.seguranca.audiencia=" + TokensDeTeste.AUDIENCIA)
                    .applyTo(contexto);
        }
    }
}
