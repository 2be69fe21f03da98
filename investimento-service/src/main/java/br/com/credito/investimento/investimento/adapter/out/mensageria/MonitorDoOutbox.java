package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.investimento.config.InvestimentoProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Outbox gauges (pending events, age of the oldest) and recovery of publications stuck in flight. Modulith's own
 * staleness check measures from the publication date, so after a long outage it would fail rows that are being sent
 * right now; this one measures from the start of the current attempt (last resubmission, else publication).
 */
@Component
class MonitorDoOutbox {

    private static final Logger log = LoggerFactory.getLogger(MonitorDoOutbox.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration presaApos;
    private final AtomicLong pendentes = new AtomicLong();
    private final AtomicLong idadeMaisAntigo = new AtomicLong();

    MonitorDoOutbox(JdbcClient jdbc, Clock clock, InvestimentoProperties propriedades, MeterRegistry metricas) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.presaApos = propriedades.eventos().reenvio().presaApos();
        Gauge.builder("credito.outbox.pendentes", pendentes, AtomicLong::get)
                .description("Eventos investimento-criado ainda nao aceitos pelo broker")
                .register(metricas);
        Gauge.builder("credito.outbox.idade", idadeMaisAntigo, AtomicLong::get)
                .description("Idade do evento pendente mais antigo")
                .baseUnit("seconds")
                .register(metricas);
    }

    @Scheduled(fixedDelayString = "${investimento.eventos.reenvio.intervalo}")
    void atualizar() {
        Instant agora = clock.instant();
        Pendencias pendencias = jdbc.sql(
                        "SELECT count(*), min(publication_date) FROM event_publication WHERE completion_date IS NULL")
                .query((rs, n) -> new Pendencias(rs.getLong(1), rs.getTimestamp(2)))
                .single();
        pendentes.set(pendencias.quantidade());
        idadeMaisAntigo.set(
                pendencias.maisAntiga() == null
                        ? 0
                        : Duration.between(pendencias.maisAntiga().toInstant(), agora)
                                .toSeconds());
        falharPresas(agora);
    }

    private record Pendencias(long quantidade, Timestamp maisAntiga) {}

    private void falharPresas(Instant agora) {
        int presas = jdbc.sql("""
                        UPDATE event_publication SET status = 'FAILED'
                        WHERE completion_date IS NULL AND status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                          AND coalesce(last_resubmission_date, publication_date) < :limite""")
                .param("limite", Timestamp.from(agora.minus(presaApos)))
                .update();
        if (presas > 0) {
            log.warn("{} publicacoes presas ha mais de {} marcadas para reenvio", presas, presaApos);
        }
    }
}
