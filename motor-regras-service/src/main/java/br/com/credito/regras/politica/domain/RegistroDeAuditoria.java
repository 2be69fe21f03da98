package br.com.credito.regras.politica.domain;

import java.time.Instant;

/** One entry of a version's audit trail: who (token subject) did what, and when. */
public record RegistroDeAuditoria(int versao, AcaoAuditada acao, String principal, Instant registradaEm) {}
