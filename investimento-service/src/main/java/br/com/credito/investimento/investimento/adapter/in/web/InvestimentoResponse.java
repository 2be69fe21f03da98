package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.investimento.investimento.domain.Investimento;
import java.math.BigDecimal;
import java.time.Instant;

record InvestimentoResponse(
        long idInvestimento, String idCliente, String tipoInvestimento, BigDecimal valor, Instant dataCriacao) {

    static InvestimentoResponse de(Investimento investimento) {
        return new InvestimentoResponse(
                investimento.idInvestimento(),
                investimento.idCliente(),
                investimento.tipoInvestimento().name(),
                investimento.valor(),
                investimento.dataCriacao());
    }
}
