package br.com.credito.score.exemplo.domain;

/** Fixture: a port left among the domain types instead of {@code domain.port}. */
public interface ConsultaSemMarca {

    int consultar(String id);
}
