package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import java.math.BigDecimal;

record StatusCartaoResponse(String idCliente, CodigoDecisao statusCartao, BigDecimal limiteAtual) {

    static StatusCartaoResponse de(Concessao atual) {
        return new StatusCartaoResponse(atual.idCliente(), atual.codigoDecisao(), atual.limite());
    }
}
