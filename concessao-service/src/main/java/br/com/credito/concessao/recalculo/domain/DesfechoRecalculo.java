package br.com.credito.concessao.recalculo.domain;

/** What a recalculated decision does to the card. */
public sealed interface DesfechoRecalculo {

    /** The new limit is higher: apply the decision. */
    record Elevar() implements DesfechoRecalculo {}

    /** Nothing to change: keep the decision on record only. */
    record Manter() implements DesfechoRecalculo {}

    /** The result is worse than the card: keep it unapplied and ask a human (customers are notified before a cut). */
    record EncaminharParaRevisao() implements DesfechoRecalculo {}
}
