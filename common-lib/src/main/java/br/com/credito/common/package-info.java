/**
 * Cross-cutting code shared by the services: security, RFC 9457 errors, JSON logging with PII masking, tracing and
 * event contracts. No domain logic of any one service lives here.
 */
package br.com.credito.common;
