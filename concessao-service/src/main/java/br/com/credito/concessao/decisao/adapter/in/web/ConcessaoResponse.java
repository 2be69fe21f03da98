package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.DescricaoAoCliente;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.Motivo;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The seed's fields plus the decision id, reasons, policy version and the provenance of each input. */
record ConcessaoResponse(
        UUID idConcessao,
        @Schema(example = "5000.00") BigDecimal limiteAprovado,
        @Schema(example = "APROVADO") CodigoDecisao codigoDecisao,

        @Schema(example = "Cartão aprovado com limite de R$ 5.000")
        String descricao,

        List<MotivoResponse> motivos,
        int versaoPolitica,
        Map<String, FonteResponse> fontes) {

    record MotivoResponse(String codigo, String descricao) {

        static List<MotivoResponse> de(List<Motivo> motivos) {
            return motivos.stream()
                    .map(m -> new MotivoResponse(m.codigo(), m.descricao()))
                    .toList();
        }
    }

    record FonteResponse(OrigemDado origem, Long idadeSegundos) {

        static FonteResponse de(Fonte fonte) {
            return new FonteResponse(fonte.origem(), fonte.idadeSegundos());
        }
    }

    static ConcessaoResponse de(Concessao c) {
        EntradasDaDecisao e = c.entradas();
        Map<String, FonteResponse> fontes = new LinkedHashMap<>();
        fontes.put("score", FonteResponse.de(e.score().fonte()));
        fontes.put("historico", FonteResponse.de(e.historico().fonte()));
        fontes.put("investimentos", FonteResponse.de(e.investimentos().fonte()));
        return new ConcessaoResponse(
                c.id(),
                c.limite(),
                c.codigoDecisao(),
                DescricaoAoCliente.de(c),
                MotivoResponse.de(c.resultado().motivos()),
                c.resultado().versaoPolitica(),
                fontes);
    }
}
