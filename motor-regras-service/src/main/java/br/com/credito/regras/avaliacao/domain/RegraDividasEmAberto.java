package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Open balances already commit part of the client's capacity: a share of them comes off the limit. */
public final class RegraDividasEmAberto implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        BigDecimal saldo = BigDecimal.ZERO;
        for (Contrato contrato : solicitacao.contratos()) {
            saldo = saldo.add(contrato.saldoAberto());
        }
        if (saldo.signum() == 0) {
            return Aprovada.sem(limite);
        }
        BigDecimal reducao = saldo.multiply(parametros.fatorReducaoDividas()).setScale(2, RoundingMode.UP);
        BigDecimal restante = limite.subtract(reducao).max(BigDecimal.ZERO);
        return Aprovada.com(
                restante,
                Motivo.de(
                        CodigoMotivo.DIVIDAS_EM_ABERTO,
                        "Dividas em aberto de " + Dinheiro.formatar(saldo) + " reduzem o limite em "
                                + Dinheiro.formatar(reducao)));
    }
}
