package br.com.credito.common.aquecimento;

/**
 * An exercise whose statements run in the caller's transaction (Spring-managed JDBC or JPA), so that it can be run on
 * every connection of the pool ({@link ExercicioEmCadaConexao}), each time inside a transaction that is rolled back.
 * A write it makes must therefore never be committed by itself either: it runs inside a transaction it marks
 * rollback-only, and touches no sequence (a rolled-back nextval is still consumed).
 */
public interface ExercicioDeBanco extends ExercicioDeAquecimento {}
