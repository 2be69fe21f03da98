/**
 * Outbound adapters of the decision, one package per system. This package holds only what they all share: the
 * Resilience4j decoration (retry around breaker around bulkhead, one instance name per downstream, configured in YAML)
 * and the reading of the provenance headers ({@code X-Fonte-Dados}, {@code Age}).
 */
package br.com.credito.concessao.decisao.adapter.out;
