/**
 * What the edge does to every request before routing it: a request id, the per-client throttle (after the JWT is
 * validated, so the client is known) and the access log. No client data is logged in clear: paths are logged as their
 * URI template ({@code ModelosDeUri}) and query strings are not logged.
 */
package br.com.credito.edge.acesso;
