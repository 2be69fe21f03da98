package br.com.credito.concessao.decisao.domain;

/** Who asked for a human review: the customer (LGPD art. 20) or a recalculation that would lower the limit. */
public enum OrigemRevisao {
    CLIENTE,
    RECALCULO_REDUCAO
}
