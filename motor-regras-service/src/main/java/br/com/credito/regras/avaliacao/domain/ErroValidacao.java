package br.com.credito.regras.avaliacao.domain;

/** One field of an input or of a policy document that breaks a rule; never carries the rejected value. */
public record ErroValidacao(String campo, String mensagem) {}
