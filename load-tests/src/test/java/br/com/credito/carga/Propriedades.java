package br.com.credito.carga;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/** Typed reads of {@code -Dcarga.*} settings; a malformed value stops the run before any load is sent. */
final class Propriedades {

    private final Function<String, String> fonte;

    Propriedades(Function<String, String> fonte) {
        this.fonte = Objects.requireNonNull(fonte);
    }

    static Propriedades doSistema() {
        return new Propriedades(System::getProperty);
    }

    String texto(String chave, String padrao) {
        String valor = fonte.apply(chave);
        return valor == null || valor.isBlank() ? padrao : valor.trim();
    }

    int inteiro(String chave, int padrao) {
        return converter(chave, String.valueOf(padrao), Integer::parseInt);
    }

    double decimal(String chave, double padrao) {
        return converter(chave, String.valueOf(padrao), Double::parseDouble);
    }

    boolean booleano(String chave, boolean padrao) {
        String valor = texto(chave, String.valueOf(padrao));
        if (!valor.equalsIgnoreCase("true") && !valor.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(chave + " deve ser true ou false: " + valor);
        }
        return Boolean.parseBoolean(valor);
    }

    /** Seconds as a plain number ({@code 120}) or an ISO-8601 duration ({@code PT2M}). */
    Duration duracao(String chave, Duration padrao) {
        String valor = texto(chave, null);
        if (valor == null) {
            return padrao;
        }
        return valor.startsWith("P")
                ? Duration.parse(valor)
                : Duration.ofSeconds(converter(chave, valor, Long::parseLong));
    }

    private <T> T converter(String chave, String padrao, Function<String, T> conversor) {
        String valor = texto(chave, padrao);
        try {
            return conversor.apply(valor);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(chave + " invalido: " + valor, e);
        }
    }
}
