/**
 * The OpenAPI document every service publishes at {@code /v3/api-docs}: title, version and description per service,
 * the bearer and OAuth2 client-credentials schemes (Swagger UI's Authorize), and every error response as
 * {@code application/problem+json} with its {@code codigo} values. Owns no data.
 */
package br.com.credito.common.openapi;
