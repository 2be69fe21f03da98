package br.com.credito.concessao.decisao.domain;

/** What started a decision: a channel's request or an automatic recalculation after an investment. */
public enum OrigemConcessao {
    SOLICITACAO,
    RECALCULO
}
