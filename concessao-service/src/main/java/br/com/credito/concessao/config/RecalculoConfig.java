package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import br.com.credito.concessao.recalculo.adapter.out.persistencia.EventoProcessadoJdbcAdapter;
import br.com.credito.concessao.recalculo.application.RecalcularLimite;
import br.com.credito.concessao.recalculo.domain.port.EventosProcessados;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

@Configuration(proxyBeanMethods = false)
class RecalculoConfig {

    @Bean
    EventosProcessados eventosProcessados(JdbcClient jdbc, Clock relogio) {
        return new EventoProcessadoJdbcAdapter(jdbc, relogio);
    }

    @Bean
    RecalcularLimite recalcularLimite(
            AvaliarCliente avaliarCliente,
            Concessoes concessoes,
            HistoricoLimites historicoLimites,
            SolicitacoesRevisao revisoes,
            EventosProcessados eventos,
            Sinalizadores sinalizadores,
            TransactionOperations transacao,
            Clock relogio) {
        return new RecalcularLimite(
                avaliarCliente, concessoes, historicoLimites, revisoes, eventos, sinalizadores, transacao, relogio);
    }
}
