package br.com.credito.concessao.decisao.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A request for a human to review a decision, identified by the protocol number given to the customer. */
public record SolicitacaoRevisao(
        String protocolo, UUID idConcessao, OrigemRevisao origem, String justificativa, Instant solicitadaEm) {

    public SolicitacaoRevisao {
        Objects.requireNonNull(protocolo, "protocolo");
        Objects.requireNonNull(idConcessao, "idConcessao");
        Objects.requireNonNull(origem, "origem");
        Objects.requireNonNull(solicitadaEm, "solicitadaEm");
    }
}
