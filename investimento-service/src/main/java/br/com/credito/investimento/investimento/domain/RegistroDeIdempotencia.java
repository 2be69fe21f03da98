package br.com.credito.investimento.investimento.domain;

/** The request that first used a key: its fingerprint and the investment it created. */
public record RegistroDeIdempotencia(String impressaoDigital, long idInvestimento) {}
