package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;

/**
 * Premium cards demand a better score than the policy floor. A score below the floor is left to RegraScoreMinimo, so
 * a refusal does not carry the same fact twice.
 */
public final class RegraScoreMinimoDoCartao implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        TipoCartao cartao = solicitacao.tipoCartao();
        int minimo = parametros.cartao(cartao).scoreMinimo();
        return solicitacao
                .score()
                .filter(score -> score < minimo && score >= parametros.scoreMinimo())
                .<ResultadoRegra>map(score -> new Reprovada(Motivo.de(
                        CodigoMotivo.SCORE_INSUFICIENTE_PARA_CARTAO,
                        "Score " + score + " abaixo do mínimo de " + minimo + " para o cartão " + cartao)))
                .orElseGet(() -> Aprovada.sem(limite));
    }
}
