package br.com.credito.regras.avaliacao.domain;

/** Card products the policy knows; each has its own minimum score and limit range. */
public enum TipoCartao {
    GOLD,
    PLATINUM,
    BLACK
}
