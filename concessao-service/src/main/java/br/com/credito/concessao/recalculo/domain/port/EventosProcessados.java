package br.com.credito.concessao.recalculo.domain.port;

import br.com.credito.concessao.recalculo.domain.SituacaoEvento;
import java.util.UUID;

/** Port: investment events already handled. */
public interface EventosProcessados {

    boolean jaProcessado(UUID idEvento);

    /**
     * Records the event in the current transaction; false when it was recorded already (the caller rolls back).
     * {@code idConcessao} is null when no decision was taken.
     */
    boolean registrar(UUID idEvento, SituacaoEvento situacao, UUID idConcessao);
}
