package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of one evaluation, with everything needed to explain it later. */
public record Decisao(
        CodigoDecisao codigoDecisao,
        BigDecimal limiteAprovado,
        String descricao,
        List<Motivo> motivos,
        int versaoPolitica) {

    public Decisao {
        motivos = List.copyOf(motivos);
    }

    public boolean aprovada() {
        return codigoDecisao == CodigoDecisao.APROVADO;
    }
}
