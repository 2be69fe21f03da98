package br.com.credito.concessao.decisao.adapter.out.regras;

import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** Wire body of POST /v1/regras/avaliar (docs/contratos-internos.md). */
record AvaliacaoRequest(
        String idCliente,
        String tipoCartao,
        Integer score,
        boolean scoreIndisponivel,
        List<ContratoWire> listaContratos,
        boolean historicoIndisponivel,
        List<InvestimentoWire> listaInvestimentos,
        boolean investimentosIndisponiveis) {

    /** {@code tipoProduto} is optional in the contract: null (not reported) is left out of the JSON. */
    record ContratoWire(
            String idContrato,
            BigDecimal saldoAberto,
            int diasEmAtraso,
            boolean inadimplente,
            @JsonInclude(JsonInclude.Include.NON_NULL) String tipoProduto) {}

    record InvestimentoWire(String tipoInvestimento, BigDecimal valor) {}

    static AvaliacaoRequest de(EntradasDaDecisao e) {
        return new AvaliacaoRequest(
                e.idCliente(),
                e.tipoCartao().name(),
                e.score().valor(),
                e.score().ausente(),
                e.historico().contratos().stream()
                        .map(c -> new ContratoWire(
                                c.idContrato(), c.saldoAberto(), c.diasEmAtraso(), c.inadimplente(), c.tipoProduto()))
                        .toList(),
                e.historico().ausente(),
                e.investimentos().porTipo().stream()
                        .map(i -> new InvestimentoWire(i.tipoInvestimento(), i.valor()))
                        .toList(),
                e.investimentos().ausente());
    }
}
