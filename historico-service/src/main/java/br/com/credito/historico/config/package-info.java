/** Wiring: the bureau's adapter behind its port (RestClient, resilience, timeouts from {@link br.com.credito.historico.config.HistoricoProperties}), cache, scopes. */
package br.com.credito.historico.config;
