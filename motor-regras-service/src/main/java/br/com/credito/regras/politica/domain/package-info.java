/** A policy version and its lifecycle (RASCUNHO, ATIVA, INATIVA), and the port to the store of versions. */
package br.com.credito.regras.politica.domain;
