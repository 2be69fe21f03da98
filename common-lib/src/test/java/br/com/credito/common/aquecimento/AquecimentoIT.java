package br.com.credito.common.aquecimento;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.testsupport.ServidoresDeTeste;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The warm-up on a real server: the readiness probe answers 503 while it runs and 200 after, and the shared exercise
 * of the instance's own HTTP stack (health, and the JWT check of a synthetic token) runs without failures.
 */
@SpringBootTest(classes = AplicacaoDeTeste.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class AquecimentoIT extends ProvaDeAquecimento {

    @Override
    protected String[] exercicios() {
        return new String[] {"http-local"};
    }
}
