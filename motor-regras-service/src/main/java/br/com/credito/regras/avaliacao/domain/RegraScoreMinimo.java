package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;

/** Below the policy's floor no card is offered; a missing score is not judged here but by the risk rule. */
public final class RegraScoreMinimo implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        int minimo = parametros.scoreMinimo();
        return solicitacao
                .score()
                .filter(score -> score < minimo)
                .<ResultadoRegra>map(score -> new Reprovada(Motivo.de(
                        CodigoMotivo.SCORE_MUITO_BAIXO,
                        "Score " + score + " abaixo do mínimo de " + minimo + " da política")))
                .orElseGet(() -> Aprovada.sem(limite));
    }
}
