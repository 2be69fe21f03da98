package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.CodigoDecisao;
import br.com.credito.regras.avaliacao.domain.Decisao;
import br.com.credito.regras.avaliacao.domain.Motivo;
import java.math.BigDecimal;
import java.util.List;

record AvaliacaoResponse(
        CodigoDecisao codigoDecisao,
        String descricao,
        BigDecimal limiteAprovado,
        List<Motivo> motivos,
        int versaoPolitica) {

    static AvaliacaoResponse de(Decisao decisao) {
        return new AvaliacaoResponse(
                decisao.codigoDecisao(),
                decisao.descricao(),
                decisao.limiteAprovado(),
                decisao.motivos(),
                decisao.versaoPolitica());
    }
}
