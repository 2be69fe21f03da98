/**
 * The ports of this feature: what its use cases need from the outside world (storage, other services, flags,
 * metrics), in domain types. Each is implemented by one adapter under {@code adapter/out} (or, for a cached read, by
 * the application) and wired by its port type in {@code config}.
 */
package br.com.credito.score.consulta.domain.port;
