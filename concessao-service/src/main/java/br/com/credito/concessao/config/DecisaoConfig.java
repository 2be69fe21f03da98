package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.adapter.out.persistencia.ChavesDeIdempotenciaJdbcAdapter;
import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.domain.port.ChavesDeIdempotencia;
import br.com.credito.concessao.decisao.domain.port.ConsultaHistorico;
import br.com.credito.concessao.decisao.domain.port.ConsultaInvestimentos;
import br.com.credito.concessao.decisao.domain.port.ConsultaScore;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What component scanning cannot make: the clock, the fan-out's executor, the adapter and the use case that take
 * settings. Use cases and adapters are found by their stereotypes and meet through port types.
 */
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
    ChavesDeIdempotencia chavesDeIdempotencia(
            JdbcClient jdbc,
            Clock relogio,
            @Value("${concessao.idempotencia.retencao:7d}") Duration retencaoDasChaves) {
        return new ChavesDeIdempotenciaJdbcAdapter(jdbc, relogio, retencaoDasChaves);
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
}
