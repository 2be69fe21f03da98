/** Plain-Java rules of an investment registration (amount limits, idempotency keys); their ports in domain.port. */
package br.com.credito.investimento.investimento.domain;
