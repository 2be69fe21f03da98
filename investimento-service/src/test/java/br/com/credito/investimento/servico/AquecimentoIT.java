package br.com.credito.investimento.servico;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aquecimento.ProvaDeAquecimento;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: the instance is not ready while it warms up, is ready after (ProvaDeAquecimento), and the warm-up left
 * nothing behind: no row in the service's schema (investments, idempotency keys, outbox publications) of its fresh
 * database.
 */
@TesteDeServico
class AquecimentoIT extends ProvaDeAquecimento {

    @Autowired
    DataSource dados;

    @Override
    protected String[] exercicios() {
        return new String[] {"investimento-consultas", "http-local", "jdbc"};
    }

    @Test
    void naoDeixaInvestimentoNemEventoParaTras() throws Exception {
        semLinhasNoEsquema(dados, "investimento");
    }

    /** A start on a busy host must not wait for the pool's second connection within its 2 s request timeout. */
    @Test
    void asMigracoesNaoUsamOPoolDasRequisicoes(@Autowired Flyway flyway) {
        assertThat(flyway.getConfiguration().getDataSource())
                .isNotSameAs(dados)
                .isNotInstanceOf(HikariDataSource.class);
    }
}
