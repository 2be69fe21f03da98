package br.com.credito.score;

import br.com.credito.bureau.SimuladorBureau;
import br.com.credito.testsupport.ServidoresDeTeste;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The whole service on real Redis, the test JWKS and the bureau simulator; one cached context for every IT. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(
        initializers = {
            ServidoresDeTeste.Redis.class,
            ServidoresDeTeste.Jwks.class,
            TesteDeServico.SimuladorNoContexto.class
        })
@ActiveProfiles("teste")
public @interface TesteDeServico {

    final class SimuladorNoContexto implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext contexto) {
            TestPropertyValues.of("credito.score.bureau.url="
                            + SimuladorBureau.compartilhado().baseUrl())
                    .applyTo(contexto);
        }
    }
}
