/**
 * Use cases of the policy lifecycle (draft, validate, activate, roll back, consult) and the cache of the version in
 * force. Activation and rollback run in one transaction; the database's one-active index settles concurrent ones.
 */
package br.com.credito.regras.politica.application;
