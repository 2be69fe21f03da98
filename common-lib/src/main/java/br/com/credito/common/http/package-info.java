/** The HTTP client every outbound call of the platform is built on (service to service, service to bureau). */
package br.com.credito.common.http;
