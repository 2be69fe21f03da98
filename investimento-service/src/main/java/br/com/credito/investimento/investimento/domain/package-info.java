/** Plain-Java rules of an investment registration (amount limits, idempotency keys) and the ports they need. */
package br.com.credito.investimento.investimento.domain;
