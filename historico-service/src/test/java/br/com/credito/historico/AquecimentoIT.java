package br.com.credito.historico;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.bureau.SimuladorBureau;
import br.com.credito.common.aquecimento.Aquecimento;
import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.testsupport.ProntidaoDeTeste;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after, and the warm-up left nothing behind: no call
 * to the bureau (billed, counted as a consultation) and no key of its own in Redis.
 */
@TesteDeServico
class AquecimentoIT {

    private static final int ITERACOES = 30;
    private static final WireMockServer BUREAU = SimuladorBureau.compartilhado();

    static {
        BUREAU.resetRequests(); // before the context starts: what it receives from now on comes from the warm-up
    }

    @DynamicPropertySource
    static void aquecimento(DynamicPropertyRegistry propriedades) {
        propriedades.add("credito.aquecimento.iteracoes", () -> ITERACOES);
    }

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

    @Autowired
    StringRedisTemplate redis;

    @Test
    void prontidaoRecusadaDuranteOAquecimentoEAceitaDepois() throws Exception {
        assertThat(Sonda.PRONTIDAO_DURANTE).hasValue(503);
        assertThat(ProntidaoDeTeste.status(ambiente)).isEqualTo(200);
    }

    @Test
    void cadaCaminhoQuenteFoiExercitadoSemFalhas() {
        exercitados("historico-bureau", "historico-resposta", "http-local", "redis");
    }

    @Test
    void naoChamaOBureauNemDeixaChavesNoRedis() {
        assertThat(BUREAU.getAllServeEvents()).isEmpty();
        assertThat(redis.keys("aquecimento:*")).isEmpty();
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
