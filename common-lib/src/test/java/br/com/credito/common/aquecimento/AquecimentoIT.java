package br.com.credito.common.aquecimento;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.testsupport.ProntidaoDeTeste;
import br.com.credito.testsupport.ServidoresDeTeste;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The warm-up on a real server: the readiness probe answers 503 while it runs and 200 after, and the shared exercise
 * of the instance's own HTTP stack (health, and the JWT check of a synthetic token) runs without failures.
 */
@SpringBootTest(
        classes = {AplicacaoDeTeste.class, AquecimentoIT.Sonda.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "credito.aquecimento.iteracoes=" + AquecimentoIT.ITERACOES)
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class AquecimentoIT {

    static final int ITERACOES = 20;

    @TestConfiguration(proxyBeanMethods = false)
    static class Sonda {
        static final AtomicInteger PRONTIDAO_DURANTE = new AtomicInteger();

        @Bean
        ExercicioDeAquecimento sondaDeProntidao(Environment ambiente) {
            return ExercicioDeAquecimento.de(
                    "sonda", () -> PRONTIDAO_DURANTE.compareAndSet(0, ProntidaoDeTeste.status(ambiente)));
        }
    }

    @Autowired
    Aquecimento aquecimento;

    @Autowired
    Environment ambiente;

    @Test
    void prontidaoRecusadaDuranteOAquecimentoEAceitaDepois() throws Exception {
        assertThat(Sonda.PRONTIDAO_DURANTE).hasValue(503);
        assertThat(ProntidaoDeTeste.status(ambiente)).isEqualTo(200);
    }

    @Test
    void oExercicioHttpLocalPassaPeloServidorSemFalhas() {
        exercitados("http-local");
    }

    /** Most runs succeeded: a loaded machine may time out one, a broken path fails them all. */
    private void exercitados(String... nomes) {
        for (String nome : nomes) {
            assertThat(aquecimento.resultados().get(nome))
                    .as(nome)
                    .satisfies(r -> assertThat(r.ok()).isGreaterThan(r.falhas()).isGreaterThan(ITERACOES / 2));
        }
    }
}
