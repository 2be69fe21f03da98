/**
 * The one reference of the public API, served by the edge as API Gateway would publish it: the five services' OpenAPI
 * documents merged into one at {@code /v3/api-docs/publica}, shown by the edge's Swagger UI. Owns no data.
 */
package br.com.credito.edge.referencia;
