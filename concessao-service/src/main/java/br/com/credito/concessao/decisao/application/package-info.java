/**
 * Use cases of the decision: analyse a request (parallel fan-out under a deadline, then the policy), read the card's
 * status, the limit history and the explanation, and record a review request. Transactions start here, never around
 * a remote call.
 */
package br.com.credito.concessao.decisao.application;
