/**
 * PostgreSQL (schema {@code concessao}, Flyway) through JdbcClient: decisions with their JSONB snapshot, the limit
 * history, Idempotency-Keys and review requests. Plain SQL rather than JPA: the rows are append-only, the snapshot is
 * JSONB, and the idempotency and locking rules are SQL features ({@code on conflict}, advisory locks).
 */
package br.com.credito.concessao.decisao.adapter.out.persistencia;
