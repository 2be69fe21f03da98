package br.com.credito.regras.avaliacao.domain;

/** A published policy version: the number every decision reports, and its parameters. */
public record Politica(int versao, ParametrosPolitica parametros) {}
