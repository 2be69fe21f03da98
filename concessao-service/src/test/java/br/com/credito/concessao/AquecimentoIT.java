package br.com.credito.concessao;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aquecimento.Aquecimento;
import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.concessao.apoio.DownstreamsDeTeste;
import br.com.credito.concessao.apoio.TesteDeIntegracao;
import br.com.credito.testsupport.ProntidaoDeTeste;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after, and the warm-up left nothing behind: no row
 * in the service's schema (a fresh database per context), no business call to any downstream.
 */
@TesteDeIntegracao
class AquecimentoIT {

    private static final int ITERACOES = 30;

    static {
        // Before the context starts: the warm-up's outbound clients need the token endpoint and a health answer.
        DownstreamsDeTeste.padrao();
        DownstreamsDeTeste.WIREMOCK.stubFor(
                get(urlPathEqualTo("/actuator/health")).willReturn(okJson("{\"status\":\"UP\"}")));
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
    JdbcClient jdbc;

    @Test
    void prontidaoRecusadaDuranteOAquecimentoEAceitaDepois() throws Exception {
        assertThat(Sonda.PRONTIDAO_DURANTE).hasValue(503);
        assertThat(ProntidaoDeTeste.status(ambiente)).isEqualTo(200);
    }

    @Test
    void cadaCaminhoQuenteFoiExercitadoSemFalhas() {
        exercitados("concessao", "clientes-downstream", "http-local", "jdbc");
    }

    @Test
    void naoDeixaDecisaoNemChamadaDeNegocioParaTras() {
        List<String> tabelas = jdbc.sql("select table_name from information_schema.tables where table_schema ="
                        + " 'concessao' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")
                .query(String.class)
                .list();
        assertThat(tabelas).isNotEmpty();
        for (String tabela : tabelas) {
            assertThat(jdbc.sql("select count(*) from concessao." + tabela)
                            .query(Long.class)
                            .single())
                    .as(tabela)
                    .isZero();
        }
        var wiremock = DownstreamsDeTeste.WIREMOCK;
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo("/actuator/health"))))
                .isNotEmpty();
        assertThat(wiremock.findAll(anyRequestedFor(urlPathMatching("/v1/.*")))).isEmpty();
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
