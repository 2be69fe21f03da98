package br.com.credito.investimento.servico;

import br.com.credito.common.aquecimento.ProvaDeAquecimento;
import javax.sql.DataSource;
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
}
