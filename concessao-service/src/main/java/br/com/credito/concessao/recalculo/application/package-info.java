/** The recalculation use case: idempotent by eventId, the same fan-out and policy as a request, one transaction. */
package br.com.credito.concessao.recalculo.application;
