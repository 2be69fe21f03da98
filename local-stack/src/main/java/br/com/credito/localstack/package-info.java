/**
 * The local stack launcher: one command that runs the whole platform on a laptop with a JDK only (issue 7). It checks
 * every port first, starts the embedded servers in this JVM, then the authorization server, the edge and the five
 * services as child processes, waits until each is ready, prints one banner, and on Ctrl-C or SIGTERM stops every
 * process it started. Owns the local PostgreSQL data directory ({@code .local-stack/pgdata}).
 */
package br.com.credito.localstack;
