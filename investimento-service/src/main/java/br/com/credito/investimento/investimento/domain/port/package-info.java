/**
 * The ports of this feature: what its use cases need from the outside world (storage, other services, flags,
 * metrics), in domain types. Each is implemented by one adapter under {@code adapter/out} (or, for a cached read, by
 * the application) and injected by its port type, never by the adapter's.
 */
package br.com.credito.investimento.investimento.domain.port;
