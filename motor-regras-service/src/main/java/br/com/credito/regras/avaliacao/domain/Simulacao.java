package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a candidate version would change on a batch: the outcome mix of both versions and every request whose
 * decision code flips. {@code limitesAlterados} counts requests that keep their code but get another limit.
 */
public record Simulacao(
        int versaoVigente,
        int versaoCandidata,
        int total,
        Resumo vigente,
        Resumo candidata,
        int limitesAlterados,
        List<Virada> viradas) {

    public Simulacao {
        viradas = List.copyOf(viradas);
    }

    /** Outcome mix of one version; the average limit is over approved requests only. */
    public record Resumo(
            int aprovados, int reprovados, int emAnalise, BigDecimal taxaAprovacao, BigDecimal limiteMedio) {}

    /** A request (by its position in the batch) whose decision code differs between the versions. */
    public record Virada(int indice, Decisao vigente, Decisao candidata) {}
}
