package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.FaixaScore;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The starting limit comes from the score band. Without a score (only reached when the policy grants a
 * conservative limit for it) the conservative limit is the start.
 */
public final class RegraLimitePorScore implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        if (solicitacao.score().isEmpty()) {
            return Aprovada.sem(parametros.riscoIndefinido().limiteConservador());
        }
        int score = solicitacao.score().get();
        Optional<FaixaScore> faixa = parametros.faixaDo(score);
        if (faixa.isEmpty()) {
            // Validated policies cover every score from the minimum up; this only guards a hand-edited document.
            return new Reprovada(
                    Motivo.de(CodigoMotivo.SCORE_MUITO_BAIXO, "Score " + score + " fora das faixas da política"));
        }
        FaixaScore f = faixa.get();
        return Aprovada.com(
                f.limiteBase(),
                new Motivo(
                        "SCORE_FAIXA_" + f.classificacao(),
                        "Score " + score + " na faixa " + f.scoreDe() + "-" + f.scoreAte() + ": limite base de "
                                + Dinheiro.formatar(f.limiteBase())));
    }
}
