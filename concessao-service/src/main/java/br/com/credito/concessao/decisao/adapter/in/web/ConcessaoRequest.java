package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.web.Validacoes;
import br.com.credito.concessao.decisao.domain.SolicitacaoConcessao;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record ConcessaoRequest(
        @NotNull
        @Pattern(regexp = Validacoes.ID_CLIENTE_REGEX, message = Validacoes.ID_CLIENTE_MENSAGEM)
        @Schema(example = "12345")
        String idCliente,

        @Schema(example = "GOLD") @NotNull(message = "é obrigatório; deve ser um de GOLD, PLATINUM, BLACK")
        TipoCartao tipoCartao) {

    SolicitacaoConcessao paraDominio() {
        return new SolicitacaoConcessao(idCliente, tipoCartao);
    }
}
