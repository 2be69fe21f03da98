package br.com.credito.score.consulta.adapter.in.web;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.common.cache.FonteDados;
import br.com.credito.common.cache.Leitura;
import br.com.credito.score.consulta.domain.ScoreCliente;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Warm-up (issue 14): the answer of GET /v1/score/{id} built and written as JSON, for a synthetic score. */
@Component
class AquecimentoDaResposta implements ExercicioDeAquecimento {

    private static final Leitura<ScoreCliente> LEITURA = new Leitura<>(
            new ScoreCliente("aquecimento", 735, Instant.parse("2026-01-01T00:00:00Z")), FonteDados.CACHE, 42);

    private final JsonMapper json;

    AquecimentoDaResposta(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String nome() {
        return "score-resposta";
    }

    @Override
    public void executar() {
        json.writeValueAsString(ScoreResponse.de(LEITURA));
    }
}
