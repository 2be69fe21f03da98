/**
 * Local edge: the stand-in for API Gateway when the platform runs on a laptop. It routes {@code /v1/**} to the five
 * services, rejects requests without a valid JWT (like API Gateway's JWT authorizer: signature, {@code iss},
 * {@code aud}, {@code exp}), throttles each client, stamps a request id and writes one access-log line per request.
 * Scopes are left to the services, which check them again anyway. Owns no data.
 */
package br.com.credito.edge;
