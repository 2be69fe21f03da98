package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aquecimento.Aquecimento;
import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
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
 * in the service's schema (investments, idempotency keys, outbox publications) of its fresh database.
 */
@TesteDeServico
class AquecimentoIT {

    private static final int ITERACOES = 30;

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
        exercitados("investimento-consultas", "http-local", "jdbc");
    }

    @Test
    void naoDeixaInvestimentoNemEventoParaTras() {
        List<String> tabelas = jdbc.sql("select table_name from information_schema.tables where table_schema ="
                        + " 'investimento' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")
                .query(String.class)
                .list();
        assertThat(tabelas).isNotEmpty();
        for (String tabela : tabelas) {
            assertThat(jdbc.sql("select count(*) from investimento." + tabela)
                            .query(Long.class)
                            .single())
                    .as(tabela)
                    .isZero();
        }
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
