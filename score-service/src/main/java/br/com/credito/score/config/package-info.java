/** Wiring: the bureau's adapter behind its port (RestClient, resilience, timeouts from {@link br.com.credito.score.config.ScoreProperties}), the cache, scopes. */
package br.com.credito.score.config;
