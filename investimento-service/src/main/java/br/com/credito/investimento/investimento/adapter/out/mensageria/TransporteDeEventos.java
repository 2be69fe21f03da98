package br.com.credito.investimento.investimento.adapter.out.mensageria;

import java.util.Map;

/** Sends one JSON message with string attributes; throws when the broker did not accept it. */
interface TransporteDeEventos {

    void enviar(String corpo, Map<String, String> atributos);
}
