package br.com.credito.investimento.investimento.fakes;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.port.EventosDeInvestimento;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class EventosEmMemoria implements EventosDeInvestimento {

    private final List<Investimento> criados = new CopyOnWriteArrayList<>();

    @Override
    public void investimentoCriado(Investimento investimento) {
        criados.add(investimento);
    }

    public List<Investimento> criados() {
        return List.copyOf(criados);
    }
}
