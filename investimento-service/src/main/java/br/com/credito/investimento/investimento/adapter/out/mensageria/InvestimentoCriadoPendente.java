package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import java.util.Map;

/**
 * What the outbox stores: the contract event plus the trace context of the request that created it, so that every
 * delivery, even a retry hours later from another instance, carries the originating {@code traceparent}.
 */
record InvestimentoCriadoPendente(InvestimentoCriadoEvent evento, Map<String, String> rastreio) {

    InvestimentoCriadoPendente {
        rastreio = Map.copyOf(rastreio);
    }
}
