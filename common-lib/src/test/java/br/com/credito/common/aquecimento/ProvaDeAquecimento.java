package br.com.credito.common.aquecimento;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.testsupport.ProntidaoDeTeste;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every service's warm-up test checks (issue 14), on the service's own test context: the readiness probe answers
 * 503 while the warm-up runs and 200 after it, and the named hot paths ran, most runs without failure. A service's
 * {@code AquecimentoIT} extends this with its context annotation, names its exercises and adds what its warm-up must
 * not leave behind. Shipped in common-lib's test-jar: test-support cannot hold it, as common-lib's own tests depend
 * on test-support.
 */
@Import(ProvaDeAquecimento.Sonda.class)
public abstract class ProvaDeAquecimento {

    protected static final int ITERACOES = 30;

    @DynamicPropertySource
    static void aquecimento(DynamicPropertyRegistry propriedades) {
        propriedades.add("credito.aquecimento.iteracoes", () -> ITERACOES);
    }

    /** An extra exercise that reads the readiness probe over HTTP while the warm-up runs. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Sonda {
        private final AtomicInteger prontidaoDurante = new AtomicInteger();

        @Bean
        ExercicioDeAquecimento sondaDeProntidao(Environment ambiente) {
            return ExercicioDeAquecimento.de(
                    "sonda", () -> prontidaoDurante.compareAndSet(0, ProntidaoDeTeste.status(ambiente)));
        }
    }

    @Autowired
    private Aquecimento aquecimento;

    @Autowired
    private Environment ambiente;

    @Autowired
    private Sonda sonda;

    /** The exercises this service registers besides the probe (shared ones included, e.g. "http-local", "jdbc"). */
    protected abstract String[] exercicios();

    @Test
    void prontidaoRecusadaDuranteOAquecimentoEAceitaDepois() throws Exception {
        assertThat(sonda.prontidaoDurante).hasValue(503);
        assertThat(ProntidaoDeTeste.status(ambiente)).isEqualTo(200);
    }

    /** Most runs succeeded: a loaded machine may time out one, a broken path fails them all. */
    @Test
    void cadaCaminhoQuenteFoiExercitadoSemFalhas() {
        for (String nome : exercicios()) {
            assertThat(aquecimento.resultados().get(nome))
                    .as(nome)
                    .satisfies(r -> assertThat(r.ok()).isGreaterThan(r.falhas()).isGreaterThan(ITERACOES / 2));
        }
    }

    /** Every table of the service's schema (Flyway's history aside) is empty: the warm-up stored nothing. */
    protected static void semLinhasNoEsquema(DataSource dados, String esquema) throws SQLException {
        try (Connection conexao = dados.getConnection();
                Statement consulta = conexao.createStatement()) {
            List<String> tabelas = new ArrayList<>();
            try (ResultSet r = consulta.executeQuery("select table_name from information_schema.tables where"
                    + " table_schema = '" + esquema + "' and table_type = 'BASE TABLE'"
                    + " and table_name <> 'flyway_schema_history'")) {
                while (r.next()) {
                    tabelas.add(r.getString(1));
                }
            }
            assertThat(tabelas).as("tabelas de " + esquema).isNotEmpty();
            for (String tabela : tabelas) {
                try (ResultSet r = consulta.executeQuery("select count(*) from " + esquema + "." + tabela)) {
                    r.next();
                    assertThat(r.getLong(1)).as(tabela).isZero();
                }
            }
        }
    }
}
