package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Runs a batch through two policy versions and reports the difference (the "what if" before activation). */
public final class ComparadorDePoliticas {

    private final MotorDeCredito motor = new MotorDeCredito();

    public Simulacao comparar(List<SolicitacaoCredito> lote, Politica vigente, Politica candidata) {
        List<Decisao> antes = new ArrayList<>(lote.size());
        List<Decisao> depois = new ArrayList<>(lote.size());
        List<Simulacao.Virada> viradas = new ArrayList<>();
        int limitesAlterados = 0;
        for (int i = 0; i < lote.size(); i++) {
            Decisao a = motor.avaliar(lote.get(i), vigente);
            Decisao b = motor.avaliar(lote.get(i), candidata);
            antes.add(a);
            depois.add(b);
            if (a.codigoDecisao() != b.codigoDecisao()) {
                viradas.add(new Simulacao.Virada(i, a, b));
            } else if (a.limiteAprovado().compareTo(b.limiteAprovado()) != 0) {
                limitesAlterados++;
            }
        }
        return new Simulacao(
                vigente.versao(),
                candidata.versao(),
                lote.size(),
                resumir(antes),
                resumir(depois),
                limitesAlterados,
                viradas);
    }

    private static Simulacao.Resumo resumir(List<Decisao> decisoes) {
        int aprovados = 0;
        int reprovados = 0;
        BigDecimal soma = BigDecimal.ZERO;
        for (Decisao d : decisoes) {
            switch (d.codigoDecisao()) {
                case APROVADO -> {
                    aprovados++;
                    soma = soma.add(d.limiteAprovado());
                }
                case REPROVADO -> reprovados++;
                case EM_ANALISE -> {
                    // counted as the remainder below
                }
            }
        }
        int emAnalise = decisoes.size() - aprovados - reprovados;
        BigDecimal taxa = decisoes.isEmpty()
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(aprovados).divide(BigDecimal.valueOf(decisoes.size()), 4, RoundingMode.HALF_EVEN);
        BigDecimal media = aprovados == 0
                ? BigDecimal.ZERO.setScale(2)
                : soma.divide(BigDecimal.valueOf(aprovados), 2, RoundingMode.HALF_EVEN);
        return new Simulacao.Resumo(aprovados, reprovados, emAnalise, taxa, media);
    }
}
