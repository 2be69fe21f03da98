package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.port.EventosDeInvestimento;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishing the Spring event inside the caller's transaction is what writes the outbox row: Modulith's registry
 * stores one publication per {@code AFTER_COMMIT} listener in that same transaction, so a rollback leaves no row.
 */
@Component
record EventosDeInvestimentoAdapter(ApplicationEventPublisher publicador, ContextoDeRastreio rastreio)
        implements EventosDeInvestimento {

    @Override
    public void investimentoCriado(Investimento investimento) {
        InvestimentoCriadoEvent evento = InvestimentoCriadoEvent.novo(
                investimento.idCliente(),
                investimento.idInvestimento(),
                investimento.tipoInvestimento().name(),
                investimento.valor(),
                investimento.dataCriacao());
        publicador.publishEvent(new InvestimentoCriadoPendente(evento, rastreio.atual()));
    }
}
