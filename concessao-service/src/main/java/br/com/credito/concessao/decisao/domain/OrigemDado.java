package br.com.credito.concessao.decisao.domain;

/** Where one input of a decision came from; part of the response contract and of the audit trail. */
public enum OrigemDado {
    AO_VIVO,
    CACHE,
    CACHE_EXPIRADO,
    FALLBACK,
    INDISPONIVEL
}
