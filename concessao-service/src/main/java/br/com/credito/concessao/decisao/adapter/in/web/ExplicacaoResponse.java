package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Explicacao;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

record ExplicacaoResponse(
        UUID idConcessao,
        CodigoDecisao codigoDecisao,
        BigDecimal limiteAprovado,
        int versaoPolitica,
        Instant decididaEm,
        String resumo,
        List<ConcessaoResponse.MotivoResponse> criterios,
        List<DadoResponse> dados,
        String direitoDeRevisao) {

    record DadoResponse(String nome, OrigemDado origem, Long idadeSegundos, String comoFoiObtido) {}

    static ExplicacaoResponse de(Explicacao e) {
        return new ExplicacaoResponse(
                e.idConcessao(),
                e.codigoDecisao(),
                e.limiteAprovado(),
                e.versaoPolitica(),
                e.decididaEm(),
                e.resumo(),
                ConcessaoResponse.MotivoResponse.de(e.criterios()),
                e.dados().stream()
                        .map(d -> new DadoResponse(d.nome(), d.origem(), d.idadeSegundos(), d.comoFoiObtido()))
                        .toList(),
                e.direitoDeRevisao());
    }
}
