package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.score.consulta.domain.ScoreCliente;

final class ScoreBureauMapper {

    private ScoreBureauMapper() {}

    /** The id asked for, not the one echoed: the bureau's echo is informative only. */
    static ScoreCliente paraDominio(String idCliente, ScoreBureauResponse resposta) {
        if (resposta.pontuacao() == null || resposta.dataConsulta() == null) {
            throw new IllegalArgumentException("resposta do bureau de score sem pontuacao ou data");
        }
        return new ScoreCliente(idCliente, resposta.pontuacao(), resposta.dataConsulta());
    }
}
