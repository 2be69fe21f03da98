package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;

/** The card's maximum caps the limit; with undetermined risk the conservative limit caps it further. */
public final class RegraTetoDoLimite implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        BigDecimal teto = parametros.cartao(solicitacao.tipoCartao()).limiteMaximo();
        String origem = "do cartão " + solicitacao.tipoCartao();
        if (parametros.limiteConservadorPara(solicitacao)) {
            BigDecimal conservador = parametros.riscoIndefinido().limiteConservador();
            if (conservador.compareTo(teto) < 0) {
                teto = conservador;
                origem = "conservador por risco indefinido";
            }
        }
        if (limite.compareTo(teto) <= 0) {
            return Aprovada.sem(limite);
        }
        return Aprovada.com(
                teto,
                Motivo.de(
                        CodigoMotivo.LIMITE_NO_TETO,
                        "Limite reduzido ao teto " + origem + " de " + Dinheiro.formatar(teto)));
    }
}
