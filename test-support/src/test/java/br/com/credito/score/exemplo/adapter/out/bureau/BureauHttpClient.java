package br.com.credito.score.exemplo.adapter.out.bureau;

import br.com.credito.score.exemplo.domain.port.ConsultaPontuacao;

/** Fixture: an adapter implementing its port. */
public class BureauHttpClient implements ConsultaPontuacao {

    @Override
    public int consultar(String id) {
        return 0;
    }
}
