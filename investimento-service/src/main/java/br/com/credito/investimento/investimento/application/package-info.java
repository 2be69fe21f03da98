/** Use cases of the investment area; the registering transaction (investment, idempotency key, outbox) lives here. */
package br.com.credito.investimento.investimento.application;
