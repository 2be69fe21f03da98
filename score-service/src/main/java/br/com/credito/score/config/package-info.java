/** Wiring: the bureau's RestClient (timeouts from {@link br.com.credito.score.config.ScoreProperties}), the cache, scopes. */
package br.com.credito.score.config;
