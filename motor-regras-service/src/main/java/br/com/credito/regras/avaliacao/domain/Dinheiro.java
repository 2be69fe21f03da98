package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as people read it in Brazil: "R$ 5.000". Limits are whole reais (the policy step is a whole number), so
 * cents are never shown; amounts in reasons are truncated to reais. Built by hand: no Locale or DecimalFormat state.
 */
public final class Dinheiro {

    private Dinheiro() {}

    public static String formatar(BigDecimal valor) {
        String inteiro = valor.setScale(0, RoundingMode.DOWN).abs().toPlainString();
        StringBuilder texto = new StringBuilder(inteiro.length() + 8).append(valor.signum() < 0 ? "-R$ " : "R$ ");
        int primeiro = inteiro.length() % 3 == 0 ? 3 : inteiro.length() % 3;
        texto.append(inteiro, 0, primeiro);
        for (int i = primeiro; i < inteiro.length(); i += 3) {
            texto.append('.').append(inteiro, i, i + 3);
        }
        return texto.toString();
    }
}
