package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import java.util.Optional;
import java.util.UUID;

/** Port: review requests. */
public interface SolicitacoesRevisao {

    /** Stores a new request under a fresh protocol number. */
    SolicitacaoRevisao registrar(UUID idConcessao, OrigemRevisao origem, String justificativa);

    Optional<SolicitacaoRevisao> buscar(UUID idConcessao, OrigemRevisao origem);
}
