package br.com.credito.common.problem;

/** One invalid field of a request: its path and why it was refused. The rejected value is never echoed (PII). */
public record ErroDeCampo(String campo, String mensagem) {}
