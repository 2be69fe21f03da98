package br.com.credito.historico;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.bureau.SimuladorBureau;
import br.com.credito.common.aquecimento.ProvaDeAquecimento;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after (ProvaDeAquecimento), and the warm-up left
 * nothing behind: no call to the bureau (billed, counted as a consultation) and no key of its own in Redis.
 */
@TesteDeServico
class AquecimentoIT extends ProvaDeAquecimento {

    private static final WireMockServer BUREAU = SimuladorBureau.compartilhado();

    static {
        BUREAU.resetRequests(); // before the context starts: what it receives from now on comes from the warm-up
    }

    @Autowired
    StringRedisTemplate redis;

    @Override
    protected String[] exercicios() {
        return new String[] {"historico-bureau", "historico-bureau-cliente", "historico-resposta", "http-local", "redis"
        };
    }

    @Test
    void naoChamaOBureauNemDeixaChavesNoRedis() {
        assertThat(BUREAU.getAllServeEvents()).isEmpty();
        assertThat(redis.keys("aquecimento:*")).isEmpty();
    }
}
