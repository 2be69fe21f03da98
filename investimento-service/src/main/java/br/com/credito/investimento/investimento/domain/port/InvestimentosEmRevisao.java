package br.com.credito.investimento.investimento.domain.port;

import br.com.credito.investimento.investimento.domain.Investimento;
import java.time.Instant;

/** Port: investments held for review; their event is not published, so they raise no limit until released. */
public interface InvestimentosEmRevisao {

    void reter(Investimento investimento, String motivo, Instant quando);
}
