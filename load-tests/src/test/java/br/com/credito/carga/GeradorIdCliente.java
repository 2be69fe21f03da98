package br.com.credito.carga;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Client ids from a pattern such as {@code 9#####} (each {@code #} is a digit). The first {@code recorrentes} numbers
 * are the pool of returning clients; new clients walk the rest of the range from a start point, so a run does not
 * repeat a "new" client (and therefore really misses the caches) until the range wraps.
 */
final class GeradorIdCliente {

    private static final Pattern PADRAO_VALIDO = Pattern.compile("[A-Za-z0-9#-]{1,36}");

    private final String padrao;
    private final int digitos;
    private final long recorrentes;
    private final long faixaNovos;
    private final AtomicLong proximo;

    GeradorIdCliente(String padrao, int recorrentes, long inicio) {
        if (!PADRAO_VALIDO.matcher(padrao).matches() || padrao.indexOf('#') < 0) {
            throw new IllegalArgumentException("carga.idPadrao deve ter ao menos um # e so [A-Za-z0-9-]: " + padrao);
        }
        this.padrao = padrao;
        this.digitos = (int) padrao.chars().filter(c -> c == '#').count();
        long capacidade = capacidade(digitos);
        if (recorrentes >= capacidade) {
            throw new IllegalArgumentException("o padrao " + padrao + " nao comporta " + recorrentes + " recorrentes");
        }
        this.recorrentes = recorrentes;
        this.faixaNovos = capacidade - recorrentes;
        this.proximo = new AtomicLong(Math.floorMod(inicio, faixaNovos));
    }

    /** The i-th returning client, {@code 0 <= i < recorrentes}. */
    String recorrente(int indice) {
        if (indice < 0 || indice >= recorrentes) {
            throw new IllegalArgumentException("indice fora do pool de recorrentes: " + indice);
        }
        return formatar(indice);
    }

    /** A client not returned before in this run (until the range of new clients wraps). */
    String novo() {
        long n = proximo.getAndIncrement();
        return formatar(recorrentes + Math.floorMod(n, faixaNovos));
    }

    long faixaNovos() {
        return faixaNovos;
    }

    private String formatar(long numero) {
        String algarismos = String.format("%0" + digitos + "d", numero);
        StringBuilder id = new StringBuilder(padrao.length());
        int usado = 0;
        for (char c : padrao.toCharArray()) {
            id.append(c == '#' ? algarismos.charAt(usado++) : c);
        }
        return id.toString();
    }

    private static long capacidade(int digitos) {
        if (digitos > 18) {
            throw new IllegalArgumentException("no maximo 18 # no padrao");
        }
        long capacidade = 1;
        for (int i = 0; i < digitos; i++) {
            capacidade *= 10;
        }
        return capacidade;
    }
}
