/**
 * Policy versions: immutable parameter documents in schema {@code regras}, exactly one ACTIVE; drafts, validation,
 * activation and rollback through the admin API; and the per-instance cache of the version in force that every
 * evaluation reads, refreshed on a short schedule so a change reaches all instances within seconds.
 */
package br.com.credito.regras.politica;
