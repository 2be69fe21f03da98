package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Investments held at the bank raise the limit as partial, unpledged collateral: each type counts with its weight
 * (liquidity and credit risk of the asset). Unavailable investments are simply not counted, which is conservative.
 */
public final class RegraGarantiaInvestimentos implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        if (solicitacao.investimentosIndisponiveis()) {
            return Aprovada.com(
                    limite,
                    Motivo.de(
                            CodigoMotivo.INVESTIMENTOS_NAO_CONSIDERADOS,
                            "Investimentos indisponíveis: não considerados no limite"));
        }
        // Sum per type first, then weigh: five multiplications whatever the number of investments.
        BigDecimal[] porTipo = new BigDecimal[TipoInvestimento.values().length];
        for (Investimento investimento : solicitacao.investimentos()) {
            int i = investimento.tipo().ordinal();
            porTipo[i] = porTipo[i] == null ? investimento.valor() : porTipo[i].add(investimento.valor());
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal acrescimo = BigDecimal.ZERO;
        for (TipoInvestimento tipo : TipoInvestimento.values()) {
            BigDecimal valor = porTipo[tipo.ordinal()];
            if (valor != null) {
                total = total.add(valor);
                acrescimo = acrescimo.add(valor.multiply(parametros.pesoGarantia(tipo)));
            }
        }
        acrescimo = acrescimo.setScale(2, RoundingMode.DOWN);
        if (acrescimo.signum() == 0) {
            return Aprovada.sem(limite);
        }
        return Aprovada.com(
                limite.add(acrescimo),
                Motivo.de(
                        CodigoMotivo.GARANTIA_INVESTIMENTOS,
                        "Investimentos de " + Dinheiro.formatar(total) + " acrescentam " + Dinheiro.formatar(acrescimo)
                                + " ao limite como garantia parcial"));
    }
}
