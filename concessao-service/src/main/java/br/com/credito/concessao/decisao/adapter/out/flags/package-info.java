/**
 * Feature flags through the OpenFeature SDK. Locally (and in tests) the provider reads the {@code concessao.flags}
 * map of the configuration; in AWS an AppConfig provider takes its place without touching the code that reads flags.
 */
package br.com.credito.concessao.decisao.adapter.out.flags;
