package br.com.credito.investimento.investimento.adapter.out.mensageria;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sends one JSON message with string attributes; throws when the broker did not accept it. */
interface TransporteDeEventos {

    void enviar(String corpo, Map<String, String> atributos);

    /** SQS and SNS each have their own attribute type; both carry our attributes as {@code String} values. */
    static <V> Map<String, V> atributos(Map<String, String> atributos, Function<String, V> comoAtributo) {
        return atributos.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> comoAtributo.apply(e.getValue())));
    }
}
