/**
 * Load tests of the credit platform, run with Gatling against the edge of a running stack (never during {@code verify}).
 *
 * <p>{@code *Simulation} classes are the runnable load profiles (open injection model); the other classes are small
 * helpers (configuration from {@code -Dcarga.*} system properties, client-id generation, the shared OAuth2 token, the
 * SLO gates) and have unit tests. Owns no data: every id it writes belongs to the generated test-client ranges.
 */
package br.com.credito.carga;
