package br.com.credito.regras;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aquecimento.ProvaDeAquecimento;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after (ProvaDeAquecimento), and its synthetic
 * evaluations were not counted as decisions on the dashboards.
 */
@TesteDeServico
class AquecimentoIT extends ProvaDeAquecimento {

    @Autowired
    MeterRegistry metricas;

    @Autowired
    DataSource dados;

    @Override
    protected String[] exercicios() {
        return new String[] {"avaliacao", "http-local", "jdbc"};
    }

    @Test
    void aPoliticaFoiAvaliadaSemContarDecisoes() {
        assertThat(metricas.find("regras.decisoes").counters()).isEmpty();
    }

    /** A start on a busy host must not wait for the pool's second connection within its 2 s request timeout. */
    @Test
    void asMigracoesNaoUsamOPoolDasRequisicoes(@Autowired Flyway flyway) {
        assertThat(flyway.getConfiguration().getDataSource())
                .isNotSameAs(dados)
                .isNotInstanceOf(HikariDataSource.class);
    }
}
