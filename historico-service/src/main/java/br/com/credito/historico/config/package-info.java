/** Wiring: the bureau's RestClient (timeouts from {@link br.com.credito.historico.config.HistoricoProperties}), cache, scopes. */
package br.com.credito.historico.config;
