package br.com.credito.common.cache;

import org.springframework.http.HttpHeaders;

/** A value with its provenance: where it came from and how old it is, in whole seconds. */
public record Leitura<T>(T valor, FonteDados fonte, long idadeSegundos) {

    public static final String CABECALHO_FONTE = "X-Fonte-Dados";

    public static <T> Leitura<T> aoVivo(T valor) {
        return new Leitura<>(valor, FonteDados.BUREAU, 0);
    }

    /** The provenance headers of the contract: {@code X-Fonte-Dados} and the standard {@code Age}. */
    public HttpHeaders cabecalhos() {
        HttpHeaders cabecalhos = new HttpHeaders();
        cabecalhos.set(CABECALHO_FONTE, fonte.name());
        cabecalhos.set(HttpHeaders.AGE, Long.toString(idadeSegundos));
        return cabecalhos;
    }
}
