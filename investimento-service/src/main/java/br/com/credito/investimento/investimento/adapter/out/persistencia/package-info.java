/**
 * PostgreSQL adapters: investments through JPA, idempotency keys through JDBC (the reservation needs
 * {@code INSERT ... ON CONFLICT DO NOTHING}, which JPA cannot express).
 */
package br.com.credito.investimento.investimento.adapter.out.persistencia;
