package br.com.credito.score.consulta.adapter.in.web;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.common.cache.FonteDados;
import br.com.credito.common.cache.Leitura;
import br.com.credito.score.consulta.domain.ScoreCliente;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Warm-up (issue 14): the answer of GET /v1/score/{id} built and written as JSON, for a synthetic score. */
@Configuration(proxyBeanMethods = false)
class AquecimentoDaResposta {

    private static final Leitura<ScoreCliente> LEITURA = new Leitura<>(
            new ScoreCliente("aquecimento", 735, Instant.parse("2026-01-01T00:00:00Z")), FonteDados.CACHE, 42);

    @Bean
    ExercicioDeAquecimento exercicioDaResposta(JsonMapper json) {
        return ExercicioDeAquecimento.resposta("score-resposta", json, () -> ScoreResponse.de(LEITURA));
    }
}
