package br.com.credito.historico.contratos.adapter.in.web;

import br.com.credito.historico.contratos.domain.Contrato;
import java.math.BigDecimal;

/** One element of the seed contract's array, plus arrears (docs/contratos-internos.md). */
record ContratoResponse(
        String idContrato,
        String tipoProduto,
        BigDecimal valorContratado,
        BigDecimal saldoAberto,
        int diasEmAtraso,
        boolean inadimplente) {

    static ContratoResponse de(Contrato contrato) {
        return new ContratoResponse(
                contrato.idContrato(),
                contrato.tipoProduto(),
                contrato.valorContratado(),
                contrato.saldoAberto(),
                contrato.diasEmAtraso(),
                contrato.inadimplente());
    }
}
