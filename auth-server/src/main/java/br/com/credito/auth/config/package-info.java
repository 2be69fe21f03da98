/** Wiring of Spring Authorization Server: registered clients, signing key, token claims and the security chains. */
package br.com.credito.auth.config;
