package br.com.credito.concessao.recalculo.adapter.in.messaging;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import br.com.credito.concessao.recalculo.application.RecalcularLimite;
import br.com.credito.concessao.recalculo.domain.InvestimentoRegistrado;
import br.com.credito.concessao.recalculo.domain.SituacaoEvento;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.annotation.SqsListenerAcknowledgementMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class InvestimentoCriadoListener {

    private static final Logger log = LoggerFactory.getLogger(InvestimentoCriadoListener.class);

    private final RecalcularLimite recalcularLimite;
    private final JsonMapper json;
    private final Timer atraso;
    private final Clock relogio;

    InvestimentoCriadoListener(
            RecalcularLimite recalcularLimite, JsonMapper json, MeterRegistry metricas, Clock relogio) {
        this.recalcularLimite = recalcularLimite;
        this.json = json;
        this.relogio = relogio;
        // From the investment's commit to the end of its recalculation: the event lag the dashboards show.
        this.atraso = Timer.builder("credito.evento.atraso")
                .description("Tempo entre o investimento e o fim do recalculo do limite")
                .publishPercentileHistogram()
                .register(metricas);
    }

    /**
     * The body is read here with the platform's strict mapper and the contract's own checks (type, version, positive
     * value): a message that does not parse throws, is never acknowledged and ends in the DLQ.
     */
    @SqsListener(value = "${concessao.fila.nome}", acknowledgementMode = SqsListenerAcknowledgementMode.ON_SUCCESS)
    void receber(String corpo) {
        EsquemaDoEvento.validarInvestimentoCriado(corpo);
        InvestimentoCriadoEvent evento = json.readValue(corpo, InvestimentoCriadoEvent.class);
        SituacaoEvento situacao =
                recalcularLimite.executar(new InvestimentoRegistrado(evento.eventId(), evento.idCliente()));
        atraso.record(Duration.between(evento.occurredAt(), relogio.instant()));
        log.info("Evento {} tratado: {}", evento.eventId(), situacao);
    }
}
