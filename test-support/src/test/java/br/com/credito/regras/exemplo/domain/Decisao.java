package br.com.credito.regras.exemplo.domain;

/** Fixture: a class of another service. */
public record Decisao(String codigo) {}
