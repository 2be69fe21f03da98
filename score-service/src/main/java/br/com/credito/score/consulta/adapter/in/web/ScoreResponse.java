package br.com.credito.score.consulta.adapter.in.web;

import br.com.credito.common.cache.FonteDados;
import br.com.credito.common.cache.Leitura;
import br.com.credito.score.consulta.domain.ScoreCliente;
import java.time.Instant;

/** The seed contract's fields plus provenance (docs/contratos-internos.md). */
record ScoreResponse(String idCliente, int score, Instant ultimaAtualizacao, FonteDados fonte, long idadeSegundos) {

    static ScoreResponse de(Leitura<ScoreCliente> leitura) {
        ScoreCliente score = leitura.valor();
        return new ScoreResponse(
                score.idCliente(),
                score.pontuacao(),
                score.ultimaAtualizacao(),
                leitura.fonte(),
                leitura.idadeSegundos());
    }
}
