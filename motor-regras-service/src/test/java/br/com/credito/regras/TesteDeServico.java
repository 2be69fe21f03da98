package br.com.credito.regras;

import br.com.credito.testsupport.ServidoresDeTeste;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on a real PostgreSQL and the test JWKS. One configuration for every boot test, so they share one
 * cached context; the cache refresh runs every 200 ms so that "within seconds" is observable in a test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {ServidoresDeTeste.Postgres.class, ServidoresDeTeste.Jwks.class})
@TestPropertySource(properties = "credito.regras.politica.intervalo-atualizacao=200ms")
@interface TesteDeServico {}
