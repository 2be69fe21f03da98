package br.com.credito.investimento.investimento.domain.port;

import br.com.credito.investimento.investimento.domain.Investimento;

/** Port: announces a registered investment. Must be called inside the registering transaction (outbox). */
public interface EventosDeInvestimento {

    void investimentoCriado(Investimento investimento);
}
