package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.score.consulta.domain.ScoreCliente;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): a synthetic bureau answer read and mapped as a real one is, then the score written and read
 * back as JSON (the shape the Redis cache stores). No request reaches the bureau: each call is billed and counted as
 * a real consultation, and the first connection is cheap next to the JIT work done here. Nothing is cached.
 */
@Component
class AquecimentoDoBureau implements ExercicioDeAquecimento {

    private static final String RESPOSTA = """
            {"cliente":"aquecimento","pontuacao":735,"dataConsulta":"2026-01-01T00:00:00Z","origem":"aquecimento"}
            """;

    private final JsonMapper json;

    AquecimentoDoBureau(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String nome() {
        return "score-bureau";
    }

    @Override
    public void executar() {
        ScoreCliente score =
                ScoreBureauMapper.paraDominio("aquecimento", json.readValue(RESPOSTA, ScoreBureauResponse.class));
        json.readValue(json.writeValueAsString(score), ScoreCliente.class);
    }
}
