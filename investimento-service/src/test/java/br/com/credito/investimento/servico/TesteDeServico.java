package br.com.credito.investimento.servico;

import br.com.credito.testsupport.ServidoresDeTeste;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on real PostgreSQL, ElasticMQ and a test JWKS. Every IT uses exactly this, so they share one
 * cached context. Redelivery runs every 500 ms with short backoff so an outage test heals within seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "investimento.eventos.reenvio.intervalo=500ms",
            "investimento.eventos.reenvio.espera-inicial=500ms",
            "investimento.eventos.reenvio.espera-maxima=2s",
            "investimento.eventos.tempo-maximo-envio=5s"
        })
@ContextConfiguration(
        initializers = {ServidoresDeTeste.Postgres.class, ServidoresDeTeste.Sqs.class, ServidoresDeTeste.Jwks.class})
public @interface TesteDeServico {

    String FILA = "concessao-investimento-criado";
}
