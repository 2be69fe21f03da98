package br.com.credito.concessao.decisao.domain;

/** Card products the policy knows (motor-regras contract). */
public enum TipoCartao {
    GOLD,
    PLATINUM,
    BLACK
}
