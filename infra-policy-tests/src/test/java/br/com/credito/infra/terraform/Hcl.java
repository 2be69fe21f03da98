package br.com.credito.infra.terraform;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading hcl4j's untyped output: a repeated block is a List, a single one a Map; numbers are Double. */
public final class Hcl {

    private Hcl() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapa(Object valor) {
        return valor instanceof Map<?, ?> mapa ? (Map<String, Object>) mapa : Map.of();
    }

    /** The occurrences of a nested block, whether it appears once (Map) or several times (List). */
    public static List<Map<String, Object>> ocorrencias(Object valor) {
        if (valor instanceof List<?> lista) {
            return lista.stream().map(Hcl::mapa).filter(m -> !m.isEmpty()).toList();
        }
        Map<String, Object> mapa = mapa(valor);
        return mapa.isEmpty() ? List.of() : List.of(mapa);
    }

    public static List<String> textos(Object valor) {
        if (valor instanceof List<?> lista) {
            return lista.stream().map(String::valueOf).toList();
        }
        return valor == null ? List.of() : List.of(String.valueOf(valor));
    }

    public static boolean verdadeiro(Object valor) {
        return Boolean.TRUE.equals(valor);
    }

    /**
     * A numeric field of a {@code jsonencode({...})} value: hcl4j renders the call as a JSON text in which
     * references become expression trees, so the literal fields are read from that text.
     */
    public static Double numeroNoJson(Object json, String campo) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(campo) + "\"\\s*:\\s*([0-9.]+)")
                .matcher(String.valueOf(json));
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }
}
