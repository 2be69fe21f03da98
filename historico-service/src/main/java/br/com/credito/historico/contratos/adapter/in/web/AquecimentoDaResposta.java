package br.com.credito.historico.contratos.adapter.in.web;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.historico.contratos.domain.Contrato;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Warm-up (issue 14): the answer of GET /v1/historico/contratos/{id} built and written as JSON, synthetic data. */
@Configuration(proxyBeanMethods = false)
class AquecimentoDaResposta {

    private static final List<Contrato> CONTRATOS = List.of(
            Contrato.informado(
                    "AQUECIMENTO-1", "Emprestimo", new BigDecimal("12000.00"), new BigDecimal("4500.50"), 0, false),
            Contrato.informado(
                    "AQUECIMENTO-2",
                    "Cartao de Credito",
                    new BigDecimal("5000.00"),
                    new BigDecimal("800.00"),
                    35,
                    false));

    @Bean
    ExercicioDeAquecimento exercicioDaResposta(JsonMapper json) {
        return ExercicioDeAquecimento.resposta(
                "historico-resposta",
                json,
                () -> CONTRATOS.stream().map(ContratoResponse::de).toList());
    }
}
