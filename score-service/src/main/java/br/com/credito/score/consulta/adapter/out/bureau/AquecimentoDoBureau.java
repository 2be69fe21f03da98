package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.score.consulta.domain.ScoreCliente;
import br.com.credito.score.consulta.domain.port.ConsultaScore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): a synthetic bureau answer read and mapped as a real one is, then the score written and read
 * back as JSON (the shape the Redis cache stores). No request reaches the bureau: each call is billed and counted as
 * a real consultation; its client is warmed on the instance's own liveness probe instead. Nothing is cached.
 */
@Configuration(proxyBeanMethods = false)
class AquecimentoDoBureau {

    private static final String RESPOSTA = """
            {"cliente":"aquecimento","pontuacao":735,"dataConsulta":"2026-01-01T00:00:00Z","origem":"aquecimento"}
            """;

    /**
     * The bureau client itself (pool, interceptors, observation, JSON reader) on the instance's own liveness probe:
     * its first real call took 430-550 ms more than the next ones, past concessão's read timeout.
     */
    @Bean
    ExercicioDeAquecimento exercicioDoClienteDoBureau(ConsultaScore bureau, Environment ambiente) {
        return ExercicioDeAquecimento.clienteHttp("score-bureau-cliente", bureau, ambiente);
    }

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
