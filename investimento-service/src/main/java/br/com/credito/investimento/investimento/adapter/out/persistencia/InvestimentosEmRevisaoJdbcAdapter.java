package br.com.credito.investimento.investimento.adapter.out.persistencia;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.port.InvestimentosEmRevisao;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Written in the registering transaction, in place of the outbox event. */
@Component
class InvestimentosEmRevisaoJdbcAdapter implements InvestimentosEmRevisao {

    private static final Logger log = LoggerFactory.getLogger(InvestimentosEmRevisaoJdbcAdapter.class);

    private final JdbcClient jdbc;

    InvestimentosEmRevisaoJdbcAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void reter(Investimento investimento, String motivo, Instant quando) {
        jdbc.sql("""
                        INSERT INTO investimento_em_revisao (id_investimento, id_cliente, motivo, retido_em)
                        VALUES (:id, :idCliente, :motivo, :quando)""")
                .param("id", investimento.idInvestimento())
                .param("idCliente", investimento.idCliente())
                .param("motivo", motivo)
                .param("quando", Timestamp.from(quando))
                .update();
        // The investment id only: the client id is personal data.
        log.warn(
                "Investimento {} retido para revisao ({}): limite nao sera recalculado",
                investimento.idInvestimento(),
                motivo);
    }
}
