package br.com.credito.concessao.decisao.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * An Idempotency-Key, the hash of the body first sent with it and the decision it produced. Keys are scoped by
 * {@code dono}, the calling client (token subject): two channels that happen to pick the same key do not collide.
 */
public record ChaveIdempotencia(String dono, String chave, String hashCorpo, UUID idConcessao) {

    public ChaveIdempotencia(String chave, String hashCorpo, UUID idConcessao) {
        this("", chave, hashCorpo, idConcessao);
    }

    public ChaveIdempotencia {
        Objects.requireNonNull(dono, "dono");
        Objects.requireNonNull(chave, "chave");
        Objects.requireNonNull(hashCorpo, "hashCorpo");
        Objects.requireNonNull(idConcessao, "idConcessao");
    }

    public boolean mesmoCorpo(SolicitacaoConcessao solicitacao) {
        return hashCorpo.equals(solicitacao.hash());
    }
}
