/**
 * Consumer of {@code investimento-criado} (SQS). Thin: parse the common-lib contract, call the use case. The message is
 * acknowledged only when the method returns, i.e. after the use case's transaction committed; a failure leaves it on
 * the queue to come back after the visibility timeout, and the redrive policy moves it to the DLQ after 5 receives.
 */
package br.com.credito.concessao.recalculo.adapter.in.messaging;
