/**
 * How every outbound call of the platform is made (service to service, service to bureau): a pooled HTTP client
 * ({@link br.com.credito.common.http.ConexoesHttp}) under Boot's {@code RestClient.Builder}, decorated in code by
 * {@link br.com.credito.common.http.ChamadaResiliente}. Why this one style: docs/chamadas-de-saida.md.
 */
package br.com.credito.common.http;
