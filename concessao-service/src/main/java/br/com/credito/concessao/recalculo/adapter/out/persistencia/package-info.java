/** The processed-events table (schema {@code concessao}), written in the recalculation's transaction. */
package br.com.credito.concessao.recalculo.adapter.out.persistencia;
