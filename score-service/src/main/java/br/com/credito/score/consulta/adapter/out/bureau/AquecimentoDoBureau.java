package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.score.consulta.domain.ScoreCliente;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): a synthetic bureau answer read and mapped as a real one is, then the score written and read
 * back as JSON (the shape the Redis cache stores). No request reaches the bureau: each call is billed and counted as
 * a real consultation, and the first connection is cheap next to the JIT work done here. Nothing is cached.
 */
@Configuration(proxyBeanMethods = false)
class AquecimentoDoBureau {

    private static final String RESPOSTA = """
            {"cliente":"aquecimento","pontuacao":735,"dataConsulta":"2026-01-01T00:00:00Z","origem":"aquecimento"}
            """;

    @Bean
    ExercicioDeAquecimento exercicioDoBureau(JsonMapper json) {
        return ExercicioDeAquecimento.mapeamento(
                "score-bureau",
                json,
                RESPOSTA,
                ScoreBureauResponse.class,
                r -> ScoreBureauMapper.paraDominio("aquecimento", r),
                ScoreCliente.class);
    }
}
