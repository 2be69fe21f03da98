package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One change of a client's limit: old and new value, the decision (and event) that caused it, the policy version. */
public record AlteracaoLimite(
        String idCliente,
        BigDecimal limiteAnterior,
        BigDecimal limiteNovo,
        UUID idConcessao,
        UUID idEvento,
        int versaoPolitica,
        Instant registradoEm) {

    public AlteracaoLimite {
        Objects.requireNonNull(idCliente, "idCliente");
        Objects.requireNonNull(limiteNovo, "limiteNovo");
        Objects.requireNonNull(idConcessao, "idConcessao");
        Objects.requireNonNull(registradoEm, "registradoEm");
    }

    /** The change an applied decision makes to the card, if any (the first decision always counts as one). */
    public static Optional<AlteracaoLimite> entre(Optional<Concessao> anterior, Concessao nova) {
        BigDecimal antes = anterior.map(Concessao::limite).orElse(null);
        if (antes != null && antes.compareTo(nova.limite()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new AlteracaoLimite(
                nova.idCliente(),
                antes,
                nova.limite(),
                nova.id(),
                nova.idEvento(),
                nova.resultado().versaoPolitica(),
                nova.decididaEm()));
    }
}
