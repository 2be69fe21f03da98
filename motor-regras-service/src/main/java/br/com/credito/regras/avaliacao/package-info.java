/**
 * Credit evaluation: applies the policy in force to one request and simulates a candidate version on a batch. Owns no
 * data; the versions come from the {@code politica} feature through the CatalogoDePoliticas port.
 */
package br.com.credito.regras.avaliacao;
