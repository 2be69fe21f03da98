/**
 * PostgreSQL store of policy versions (schema {@code regras}, table {@code versao_politica}): the parameters are a
 * JSONB document, written once; the database itself refuses a second ACTIVE row and any change to a stored document.
 */
package br.com.credito.regras.politica.adapter.out.persistencia;
