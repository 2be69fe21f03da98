package br.com.credito.score.consulta.domain;

import java.time.Instant;
import java.util.Objects;

/** A bureau score: 0 (highest risk) to 1000 (lowest), as of the bureau's last update. */
public record ScoreCliente(String idCliente, int pontuacao, Instant ultimaAtualizacao) {

    public static final int PONTUACAO_MINIMA = 0;
    public static final int PONTUACAO_MAXIMA = 1000;

    public ScoreCliente {
        Objects.requireNonNull(idCliente, "idCliente");
        Objects.requireNonNull(ultimaAtualizacao, "ultimaAtualizacao");
        if (pontuacao < PONTUACAO_MINIMA || pontuacao > PONTUACAO_MAXIMA) {
            throw new IllegalArgumentException("pontuacao fora da escala 0-1000: " + pontuacao);
        }
    }
}
