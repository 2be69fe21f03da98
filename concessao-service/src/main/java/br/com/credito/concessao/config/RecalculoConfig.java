package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.domain.Concessoes;
import br.com.credito.concessao.decisao.domain.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.Sinalizadores;
import br.com.credito.concessao.decisao.domain.SolicitacoesRevisao;
import br.com.credito.concessao.recalculo.adapter.out.persistencia.EventoProcessadoJdbcAdapter;
import br.com.credito.concessao.recalculo.application.RecalcularLimite;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

@Configuration(proxyBeanMethods = false)
class RecalculoConfig {

    @Bean
    EventoProcessadoJdbcAdapter eventosProcessados(JdbcClient jdbc, Clock relogio) {
        return new EventoProcessadoJdbcAdapter(jdbc, relogio);
    }

    @Bean
    RecalcularLimite recalcularLimite(
            AvaliarCliente avaliarCliente,
            Concessoes concessoes,
            HistoricoLimites historicoLimites,
            SolicitacoesRevisao revisoes,
            EventoProcessadoJdbcAdapter eventos,
            Sinalizadores sinalizadores,
            TransactionOperations transacao,
            Clock relogio) {
        return new RecalcularLimite(
                avaliarCliente,
                new RecalcularLimite.Repositorios(concessoes, historicoLimites, revisoes, eventos),
                new RecalcularLimite.Apoio(sinalizadores, transacao, relogio));
    }
}
