/**
 * A client's credit contracts and arrears from the external history bureau, served from the Redis cache when fresh
 * and, when the bureau fails, from the last-known copy marked stale with its age. Owns only that cache (keys
 * {@code credito:historico:v1:*}, TTL and retention in {@code credito.historico.cache}).
 */
package br.com.credito.historico.contratos;
