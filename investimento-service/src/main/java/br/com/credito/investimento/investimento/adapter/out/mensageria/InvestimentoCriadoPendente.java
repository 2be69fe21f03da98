package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import java.util.Map;

/**
 * What the outbox stores: the contract event plus the trace context of the request that created it, so that every
 * delivery, even a retry hours later from another instance, carries the originating {@code traceparent}. Pending
 * outbox rows store this class's name and JSON shape: moving or reshaping it needs a migration of those rows.
 */
record InvestimentoCriadoPendente(InvestimentoCriadoEvent evento, Map<String, String> rastreio) {

    InvestimentoCriadoPendente {
        rastreio = Map.copyOf(rastreio);
    }
}
