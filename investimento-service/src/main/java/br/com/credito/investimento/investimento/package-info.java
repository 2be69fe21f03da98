/**
 * Investment registrations. Owns the {@code investimento} schema: the investments, the idempotency keys of
 * {@code POST /v1/investimentos} and the outbox (Spring Modulith's {@code event_publication}) from which
 * {@code investimento-criado} is published at least once.
 */
package br.com.credito.investimento.investimento;
