/**
 * Feature flags through the OpenFeature SDK, read at the moment of use. The provider is a bean (config/FlagsConfig):
 * OpenFeature's in-memory provider over {@code concessao.flags} locally, the AppConfig Agent in the {@code aws}
 * profile; this code does not know which. Flag names: the catalogue infra-terraform/modules/flags/flags.json.
 */
package br.com.credito.concessao.decisao.adapter.out.flags;
