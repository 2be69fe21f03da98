package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Open balances already commit part of the client's capacity: a share of each, by product type, comes off the limit.
 * From version 2 secured financing weighs 0 (the asset backs it), so a mortgage no longer sinks a card limit.
 */
public final class RegraDividasEmAberto implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        BigDecimal saldo = BigDecimal.ZERO;
        BigDecimal semPeso = BigDecimal.ZERO;
        BigDecimal ponderado = BigDecimal.ZERO;
        for (Contrato contrato : solicitacao.contratos()) {
            BigDecimal fator = parametros.fatorReducao(contrato.tipoProduto());
            saldo = saldo.add(contrato.saldoAberto());
            ponderado = ponderado.add(contrato.saldoAberto().multiply(fator));
            if (fator.signum() == 0) {
                semPeso = semPeso.add(contrato.saldoAberto());
            }
        }
        if (saldo.signum() == 0) {
            return Aprovada.sem(limite);
        }
        BigDecimal reducao = ponderado.setScale(2, RoundingMode.UP);
        BigDecimal restante = limite.subtract(reducao).max(BigDecimal.ZERO);
        return Aprovada.com(restante, Motivo.de(CodigoMotivo.DIVIDAS_EM_ABERTO, texto(saldo, semPeso, reducao)));
    }

    private static String texto(BigDecimal saldo, BigDecimal semPeso, BigDecimal reducao) {
        String dividas = "Dívidas em aberto de " + Dinheiro.formatar(saldo);
        if (reducao.signum() == 0) {
            return dividas + ", todas de financiamentos com garantia, não reduzem o limite";
        }
        String texto = dividas + " reduzem o limite em " + Dinheiro.formatar(reducao);
        if (semPeso.signum() > 0) {
            texto += " (os " + Dinheiro.formatar(semPeso) + " de financiamentos com garantia não reduzem)";
        }
        return texto;
    }
}
