package br.com.credito.regras.avaliacao.domain;

public enum CodigoDecisao {
    APROVADO,
    REPROVADO,
    EM_ANALISE
}
