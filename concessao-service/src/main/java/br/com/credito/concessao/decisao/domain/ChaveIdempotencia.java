package br.com.credito.concessao.decisao.domain;

import java.util.Objects;
import java.util.UUID;

/** An Idempotency-Key, the hash of the body first sent with it and the decision it produced. */
public record ChaveIdempotencia(String chave, String hashCorpo, UUID idConcessao) {

    public ChaveIdempotencia {
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(hashCorpo, "hashCorpo");
        Objects.requireNonNull(idConcessao, "idConcessao");
    }

    public boolean mesmoCorpo(SolicitacaoConcessao solicitacao) {
        return hashCorpo.equals(solicitacao.hash());
    }
}
