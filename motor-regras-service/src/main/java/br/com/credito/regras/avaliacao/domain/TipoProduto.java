package br.com.credito.regras.avaliacao.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The credit product of a contract, as far as the policy tells them apart. The history provider sends free text
 * ("Empréstimo", "Financiamento Imobiliario", ...); accents, case and spacing are ignored, and anything else, or no
 * type at all, is {@link #OUTRO}, which the policy weighs like unsecured credit.
 */
public enum TipoProduto {
    EMPRESTIMO,
    CARTAO_DE_CREDITO,
    FINANCIAMENTO,
    FINANCIAMENTO_IMOBILIARIO,
    CONSORCIO,
    OUTRO;

    private static final Pattern MARCAS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARADORES = Pattern.compile("[^A-Z0-9]+");

    public static TipoProduto doTexto(String texto) {
        if (texto == null || texto.isBlank()) {
            return OUTRO;
        }
        String semAcentos = MARCAS.matcher(Normalizer.normalize(texto.strip(), Normalizer.Form.NFD))
                .replaceAll("");
        String nome = SEPARADORES.matcher(semAcentos.toUpperCase(Locale.ROOT)).replaceAll("_");
        for (TipoProduto tipo : values()) {
            if (tipo.name().equals(nome)) {
                return tipo;
            }
        }
        return OUTRO;
    }
}
