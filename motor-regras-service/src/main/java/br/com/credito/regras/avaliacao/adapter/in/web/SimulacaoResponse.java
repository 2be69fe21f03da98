package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.CodigoDecisao;
import br.com.credito.regras.avaliacao.domain.Decisao;
import br.com.credito.regras.avaliacao.domain.Motivo;
import br.com.credito.regras.avaliacao.domain.Simulacao;
import java.math.BigDecimal;
import java.util.List;

record SimulacaoResponse(
        int versaoVigente,
        int versaoCandidata,
        int total,
        Simulacao.Resumo vigente,
        Simulacao.Resumo candidata,
        int limitesAlterados,
        List<ViradaResponse> viradas) {

    /** A flipped decision; {@code idCliente} echoes what the admin caller sent, to find the case in its batch. */
    record ViradaResponse(int indice, String idCliente, DecisaoResumida vigente, DecisaoResumida candidata) {}

    record DecisaoResumida(CodigoDecisao codigoDecisao, BigDecimal limiteAprovado, List<String> motivos) {

        static DecisaoResumida de(Decisao decisao) {
            return new DecisaoResumida(
                    decisao.codigoDecisao(),
                    decisao.limiteAprovado(),
                    decisao.motivos().stream().map(Motivo::codigo).toList());
        }
    }

    static SimulacaoResponse de(Simulacao simulacao, List<AvaliacaoRequest> entradas) {
        List<ViradaResponse> viradas = simulacao.viradas().stream()
                .map(v -> new ViradaResponse(
                        v.indice(),
                        entradas.get(v.indice()).idCliente(),
                        DecisaoResumida.de(v.vigente()),
                        DecisaoResumida.de(v.candidata())))
                .toList();
        return new SimulacaoResponse(
                simulacao.versaoVigente(),
                simulacao.versaoCandidata(),
                simulacao.total(),
                simulacao.vigente(),
                simulacao.candidata(),
                simulacao.limitesAlterados(),
                viradas);
    }
}
