package br.com.credito.score.exemplo.domain.port;

/** Fixture: a port where the rules expect it. */
public interface ConsultaPontuacao {

    int consultar(String id);
}
