/**
 * Read-through Redis cache for data owned by an external provider (score and credit-history bureaus): a fresh copy
 * within the TTL, a last-known copy kept longer and served marked stale when the provider fails (stale-if-error),
 * and one provider call per key at a time (single-flight). Values are JSON; keys hold a SHA-256 of the client id,
 * never the id itself. Owns no data of its own: each service names its cache and owns its keys.
 */
package br.com.credito.common.cache;
