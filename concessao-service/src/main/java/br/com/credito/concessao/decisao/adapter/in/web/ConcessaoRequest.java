package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.web.IdCliente;
import br.com.credito.concessao.decisao.domain.SolicitacaoConcessao;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

record ConcessaoRequest(
        @NotNull @IdCliente @Schema(example = "12345") String idCliente,

        @Schema(example = "GOLD") @NotNull(message = "é obrigatório; deve ser um de GOLD, PLATINUM, BLACK")
        TipoCartao tipoCartao) {

    SolicitacaoConcessao paraDominio() {
        return new SolicitacaoConcessao(idCliente, tipoCartao);
    }
}
