/**
 * Recalculation of a card's limit after the client invests: which cards qualify, the rule that an automatic
 * recalculation never lowers a limit, and the record of events already handled (idempotency by eventId).
 */
package br.com.credito.concessao.recalculo.domain;
