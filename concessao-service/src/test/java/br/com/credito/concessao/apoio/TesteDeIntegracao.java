package br.com.credito.concessao.apoio;

import br.com.credito.testsupport.ServidoresDeTeste;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on real PostgreSQL and ElasticMQ, WireMock for the downstreams. Every IT uses exactly this, so
 * the Spring context is built once and shared. Read timeouts are above the stubs' 300 ms delays and below the 800 ms
 * deadline; the queue's visibility timeout is 1 s ({@link VisibilidadeCurta}) so that a poison message reaches the
 * DLQ in seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(
        initializers = {
            ServidoresDeTeste.Postgres.class,
            ServidoresDeTeste.Jwks.class,
            ServidoresDeTeste.Sqs.class,
            VisibilidadeCurta.class,
            DownstreamsDeTeste.class
        })
@TestPropertySource(
        properties = {
            "concessao.prazo-decisao=800ms",
            "concessao.downstreams.score.read-timeout=600ms",
            "concessao.downstreams.historico.read-timeout=600ms",
            "concessao.downstreams.investimento.read-timeout=600ms",
            "concessao.downstreams.regras.read-timeout=600ms",
            "spring.cloud.aws.sqs.listener.poll-timeout=1s",
            "management.otlp.metrics.export.enabled=false"
        })
public @interface TesteDeIntegracao {}
