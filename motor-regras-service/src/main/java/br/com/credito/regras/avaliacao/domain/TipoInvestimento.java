package br.com.credito.regras.avaliacao.domain;

/** Investment types of the investimento-service contract; each has a collateral weight in the policy. */
public enum TipoInvestimento {
    CDB,
    LCI,
    LCA,
    TESOURO_DIRETO,
    FUNDO
}
