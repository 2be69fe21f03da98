package br.com.credito.concessao.decisao.domain;

import java.util.List;
import java.util.Objects;

/** The client's investments, or the explicit fact that they could not be obtained (the policy decides without them). */
public record CarteiraInvestimentos(List<Investimento> investimentos, Fonte fonte) {

    public CarteiraInvestimentos {
        investimentos = List.copyOf(investimentos);
        Objects.requireNonNull(fonte, "fonte");
    }

    public static CarteiraInvestimentos indisponivel() {
        return new CarteiraInvestimentos(List.of(), Fonte.indisponivel());
    }

    /** True when the input could not be obtained (as opposed to an empty list). */
    public boolean ausente() {
        return fonte.origem() == OrigemDado.INDISPONIVEL;
    }
}
