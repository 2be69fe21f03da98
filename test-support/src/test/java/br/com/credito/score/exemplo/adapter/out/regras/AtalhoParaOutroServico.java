package br.com.credito.score.exemplo.adapter.out.regras;

import br.com.credito.regras.exemplo.domain.Decisao;

/** Fixture: an adapter that uses another service's classes instead of its HTTP contract. */
public class AtalhoParaOutroServico {

    public Decisao decidir() {
        return new Decisao("APROVADO");
    }
}
