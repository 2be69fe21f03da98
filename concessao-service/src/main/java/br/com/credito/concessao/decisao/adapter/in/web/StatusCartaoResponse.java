package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

record StatusCartaoResponse(
        @Schema(example = "12345") String idCliente,
        @Schema(example = "APROVADO") CodigoDecisao statusCartao,
        @Schema(example = "5000.00") BigDecimal limiteAtual) {

    static StatusCartaoResponse de(Concessao atual) {
        return new StatusCartaoResponse(atual.idCliente(), atual.codigoDecisao(), atual.limite());
    }
}
