/**
 * The servers AWS provides in production, embedded for the laptop: PostgreSQL (zonky binaries, data kept under
 * {@code .local-stack/pgdata}), Redis (caches, no persistence), ElasticMQ (the SQS queue and its DLQ) and the bureau
 * simulator (WireMock). All run on loopback only and stop with the launcher.
 */
package br.com.credito.localstack.infra;
