/**
 * A client's credit score from the external bureau (Serasa-like), served from the Redis cache when fresh and, when
 * the bureau fails, from the last-known copy marked stale with its age. Owns only that cache (keys
 * {@code credito:score:v1:*}, TTL and retention in {@code credito.score.cache}).
 */
package br.com.credito.score.consulta;
