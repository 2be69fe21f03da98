/** Wiring: properties, endpoint scopes, the refresh schedule of the policy cache, and the error mapping. */
package br.com.credito.regras.config;
