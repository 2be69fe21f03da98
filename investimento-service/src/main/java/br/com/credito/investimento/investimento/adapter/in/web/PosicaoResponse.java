package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.investimento.investimento.domain.PosicaoPorTipo;
import java.math.BigDecimal;
import java.util.List;

/** Same field names as the list's items, so concessao reads either shape with one record. */
record PosicaoResponse(String tipoInvestimento, BigDecimal valor) {

    static List<PosicaoResponse> de(List<PosicaoPorTipo> posicao) {
        return posicao.stream()
                .map(p -> new PosicaoResponse(p.tipoInvestimento().name(), p.valor()))
                .toList();
    }
}
