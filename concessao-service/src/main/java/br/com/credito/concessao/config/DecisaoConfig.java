package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.adapter.out.metricas.DecisoesMicrometer;
import br.com.credito.concessao.decisao.adapter.out.persistencia.ChavesDeIdempotenciaJdbcAdapter;
import br.com.credito.concessao.decisao.adapter.out.persistencia.ConcessaoJdbcAdapter;
import br.com.credito.concessao.decisao.adapter.out.persistencia.HistoricoLimiteJdbcAdapter;
import br.com.credito.concessao.decisao.adapter.out.persistencia.SolicitacaoRevisaoJdbcAdapter;
import br.com.credito.concessao.decisao.application.AnalisarSolicitacao;
import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.application.ConsultarCartao;
import br.com.credito.concessao.decisao.application.ExplicarDecisao;
import br.com.credito.concessao.decisao.domain.port.ChavesDeIdempotencia;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.ConsultaHistorico;
import br.com.credito.concessao.decisao.domain.port.ConsultaInvestimentos;
import br.com.credito.concessao.decisao.domain.port.ConsultaScore;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
class DecisaoConfig {

    @Bean
    Clock relogio() {
        return Clock.systemUTC();
    }

    /**
     * The fan-out's own executor: one virtual thread per call, never the common pool. Wrapped so that each task runs
     * with the caller's observation (trace context) and the downstream calls join the request's trace.
     */
    @Bean(destroyMethod = "close")
    ExecutorService executorFanout() {
        ExecutorService virtuais = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("fanout-", 0).factory());
        return ContextExecutorService.wrap(
                virtuais, ContextSnapshotFactory.builder().build());
    }

    @Bean
    Concessoes concessoes(JdbcClient jdbc) {
        return new ConcessaoJdbcAdapter(jdbc);
    }

    @Bean
    HistoricoLimites historicoLimites(JdbcClient jdbc) {
        return new HistoricoLimiteJdbcAdapter(jdbc);
    }

    @Bean
    ChavesDeIdempotencia chavesDeIdempotencia(
            JdbcClient jdbc,
            Clock relogio,
            @Value("${concessao.idempotencia.retencao:7d}") Duration retencaoDasChaves) {
        return new ChavesDeIdempotenciaJdbcAdapter(jdbc, relogio, retencaoDasChaves);
    }

    @Bean
    SolicitacoesRevisao solicitacoesRevisao(JdbcClient jdbc, Clock relogio) {
        return new SolicitacaoRevisaoJdbcAdapter(jdbc, relogio);
    }

    @Bean
    AvaliarCliente avaliarCliente(
            ConsultaScore score,
            ConsultaHistorico historico,
            ConsultaInvestimentos investimentos,
            MotorDeRegras motor,
            Sinalizadores sinalizadores,
            ExecutorService executorFanout,
            ConcessaoProperties propriedades) {
        return new AvaliarCliente(
                score,
                historico,
                investimentos,
                motor,
                sinalizadores,
                executorFanout,
                propriedades.prazoDecisao(),
                propriedades.scoreConservador());
    }

    @Bean
    AnalisarSolicitacao analisarSolicitacao(
            AvaliarCliente avaliarCliente,
            Concessoes concessoes,
            HistoricoLimites historicoLimites,
            ChavesDeIdempotencia chaves,
            TransactionOperations transacao,
            Clock relogio,
            MeterRegistry metricas) {
        return new AnalisarSolicitacao(
                avaliarCliente,
                concessoes,
                historicoLimites,
                chaves,
                transacao,
                relogio,
                new DecisoesMicrometer(metricas));
    }

    @Bean
    ConsultarCartao consultarCartao(Concessoes concessoes, HistoricoLimites historicoLimites) {
        return new ConsultarCartao(concessoes, historicoLimites);
    }

    @Bean
    ExplicarDecisao explicarDecisao(Concessoes concessoes, SolicitacoesRevisao revisoes) {
        return new ExplicarDecisao(concessoes, revisoes);
    }
}
