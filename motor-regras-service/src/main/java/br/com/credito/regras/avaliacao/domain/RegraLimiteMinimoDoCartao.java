package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;

/** A card is not issued with less than its product minimum: a smaller computed limit refuses this card. */
public final class RegraLimiteMinimoDoCartao implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        TipoCartao cartao = solicitacao.tipoCartao();
        BigDecimal minimo = parametros.cartao(cartao).limiteMinimo();
        if (limite.compareTo(minimo) >= 0) {
            return Aprovada.sem(limite);
        }
        return new Reprovada(Motivo.de(
                CodigoMotivo.LIMITE_ABAIXO_DO_MINIMO_DO_CARTAO,
                "Limite calculado de " + Dinheiro.formatar(limite) + " abaixo do mínimo de " + Dinheiro.formatar(minimo)
                        + " do cartão " + cartao));
    }
}
