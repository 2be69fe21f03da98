package br.com.credito.concessao.recalculo.adapter.in.messaging;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import br.com.credito.concessao.recalculo.application.RecalcularLimite;
import br.com.credito.concessao.recalculo.domain.InvestimentoRegistrado;
import br.com.credito.concessao.recalculo.domain.SituacaoEvento;
import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.annotation.SqsListenerAcknowledgementMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class InvestimentoCriadoListener {

    private static final Logger log = LoggerFactory.getLogger(InvestimentoCriadoListener.class);

    private final RecalcularLimite recalcularLimite;
    private final JsonMapper json;

    InvestimentoCriadoListener(RecalcularLimite recalcularLimite, JsonMapper json) {
        this.recalcularLimite = recalcularLimite;
        this.json = json;
    }

    /**
     * The body is read here with the platform's strict mapper and the contract's own checks (type, version, positive
     * value): a message that does not parse throws, is never acknowledged and ends in the DLQ.
     */
    @SqsListener(value = "${concessao.fila.nome}", acknowledgementMode = SqsListenerAcknowledgementMode.ON_SUCCESS)
    void receber(String corpo) {
        InvestimentoCriadoEvent evento = json.readValue(corpo, InvestimentoCriadoEvent.class);
        SituacaoEvento situacao =
                recalcularLimite.executar(new InvestimentoRegistrado(evento.eventId(), evento.idCliente()));
        log.info("Evento {} tratado: {}", evento.eventId(), situacao);
    }
}
