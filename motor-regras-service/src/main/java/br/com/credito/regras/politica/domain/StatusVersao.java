package br.com.credito.regras.politica.domain;

public enum StatusVersao {
    RASCUNHO,
    ATIVA,
    INATIVA
}
