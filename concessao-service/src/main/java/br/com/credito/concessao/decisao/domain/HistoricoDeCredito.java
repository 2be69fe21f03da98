package br.com.credito.concessao.decisao.domain;

import java.util.List;
import java.util.Objects;

/** The client's contracts, or the explicit fact that the history could not be obtained. */
public record HistoricoDeCredito(List<Contrato> contratos, Fonte fonte) {

    public HistoricoDeCredito {
        contratos = List.copyOf(contratos);
        Objects.requireNonNull(fonte, "fonte");
    }

    public static HistoricoDeCredito indisponivel() {
        return new HistoricoDeCredito(List.of(), Fonte.indisponivel());
    }

    /** True when the input could not be obtained (as opposed to an empty list). */
    public boolean ausente() {
        return fonte.origem() == OrigemDado.INDISPONIVEL;
    }
}
