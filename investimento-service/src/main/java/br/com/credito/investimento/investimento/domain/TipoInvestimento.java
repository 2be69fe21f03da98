package br.com.credito.investimento.investimento.domain;

/** Products a client can invest in; the wire names are the constant names (internal contract). */
public enum TipoInvestimento {
    CDB,
    LCI,
    LCA,
    TESOURO_DIRETO,
    FUNDO
}
