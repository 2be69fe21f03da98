/**
 * The credit decision: what goes into it (score, history, investments, each with where it came from), what the policy
 * answered, and the stored decision that is the customer's card status, the audit trail and the explanation. Plain
 * Java; the ports ({@code domain.port}) name what the decision needs from the outside world.
 */
package br.com.credito.concessao.decisao.domain;
