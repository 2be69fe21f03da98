package br.com.credito.score;

import br.com.credito.bureau.SimuladorNoContexto;
import br.com.credito.testsupport.ServidoresDeTeste;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The whole service on real Redis, the test JWKS and the bureau simulator; one cached context for every IT. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(
        initializers = {ServidoresDeTeste.Redis.class, ServidoresDeTeste.Jwks.class, SimuladorNoContexto.class})
@ActiveProfiles("teste")
public @interface TesteDeServico {}
