/** Wiring: properties, clock, scopes of each endpoint, the executor that publishes events, scheduling. */
package br.com.credito.investimento.config;
