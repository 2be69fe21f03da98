package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The client's investments, or the explicit fact that they could not be obtained (the policy decides without them). */
public record CarteiraInvestimentos(List<Investimento> investimentos, Fonte fonte) {

    public CarteiraInvestimentos {
        investimentos = List.copyOf(investimentos);
        Objects.requireNonNull(fonte, "fonte");
    }

    public static CarteiraInvestimentos indisponivel() {
        return new CarteiraInvestimentos(List.of(), Fonte.indisponivel());
    }

    /**
     * One line per investment type with its total. The policy weighs collateral per type, so the totals decide exactly
     * as the items would, and a client with thousands of investments (monthly purchases over years) stays within the
     * policy engine's request limits instead of failing the decision.
     */
    public List<Investimento> porTipo() {
        Map<String, BigDecimal> totais = new TreeMap<>();
        investimentos.forEach(i -> totais.merge(i.tipoInvestimento(), i.valor(), BigDecimal::add));
        return totais.entrySet().stream()
                .map(total -> new Investimento(total.getKey(), total.getValue()))
                .toList();
    }

    /** True when the input could not be obtained (as opposed to an empty list). */
    public boolean ausente() {
        return fonte.origem() == OrigemDado.INDISPONIVEL;
    }
}
