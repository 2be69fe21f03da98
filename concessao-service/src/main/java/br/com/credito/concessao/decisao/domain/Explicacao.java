package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The explanation of an automated decision owed to the customer (LGPD art. 20): in plain Portuguese, the criteria that
 * led to it, the policy version applied and where each input came from.
 */
public record Explicacao(
        UUID idConcessao,
        CodigoDecisao codigoDecisao,
        BigDecimal limiteAprovado,
        int versaoPolitica,
        Instant decididaEm,
        String resumo,
        List<Motivo> criterios,
        List<Dado> dados,
        String direitoDeRevisao) {

    public Explicacao {
        criterios = List.copyOf(criterios);
        dados = List.copyOf(dados);
    }

    /** One input of the decision, named for a reader, with its provenance in words. */
    public record Dado(String nome, OrigemDado origem, Long idadeSegundos, String comoFoiObtido) {}
}
