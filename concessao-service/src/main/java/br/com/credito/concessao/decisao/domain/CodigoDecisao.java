package br.com.credito.concessao.decisao.domain;

public enum CodigoDecisao {
    APROVADO,
    REPROVADO,
    EM_ANALISE
}
