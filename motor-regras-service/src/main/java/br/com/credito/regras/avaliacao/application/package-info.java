/** Use cases of the evaluation: one decision against the policy in force, and the simulation of a candidate. */
package br.com.credito.regras.avaliacao.application;
