package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The sentence a channel shows the customer (the seed's "Cartão aprovado com limite de R$ 5.000"). The policy's own
 * description speaks of the rules applied and stays on record; a refusal or a pending analysis keeps it, since it
 * names the reason.
 */
public final class DescricaoAoCliente {

    private static final DecimalFormatSymbols PT_BR = DecimalFormatSymbols.getInstance(Locale.of("pt", "BR"));

    private DescricaoAoCliente() {}

    public static String de(Concessao concessao) {
        if (concessao.codigoDecisao() == CodigoDecisao.APROVADO) {
            return "Cartão aprovado com limite de " + reais(concessao.limite());
        }
        return concessao.resultado().descricao();
    }

    /** "R$ 5.000" for whole reais, "R$ 5.000,50" otherwise; a new format each call (DecimalFormat is not thread-safe). */
    static String reais(BigDecimal valor) {
        boolean inteiro = valor.stripTrailingZeros().scale() <= 0;
        return "R$ " + new DecimalFormat(inteiro ? "#,##0" : "#,##0.00", PT_BR).format(valor);
    }
}
