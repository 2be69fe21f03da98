package br.com.credito.concessao.recalculo.domain;

import java.util.Objects;
import java.util.UUID;

/** What the recalculation needs from an {@code investimento-criado} event. */
public record InvestimentoRegistrado(UUID idEvento, String idCliente) {

    public InvestimentoRegistrado {
        Objects.requireNonNull(idEvento, "idEvento");
        Objects.requireNonNull(idCliente, "idCliente");
    }
}
