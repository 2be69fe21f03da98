package br.com.credito.score.exemplo.adapter.out.bureau;

import br.com.credito.score.exemplo.domain.ConsultaSemMarca;

/** Fixture: an adapter implementing an unmarked domain interface. */
public class BureauSemPorta implements ConsultaSemMarca {

    @Override
    public int consultar(String id) {
        return 0;
    }
}
