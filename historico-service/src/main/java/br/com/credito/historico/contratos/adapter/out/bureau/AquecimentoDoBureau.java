package br.com.credito.historico.contratos.adapter.out.bureau;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import br.com.credito.historico.contratos.domain.port.ConsultaHistorico;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warm-up (issue 14): a synthetic history-bureau answer read and mapped as a real one is, then the history written
 * and read back as JSON (the shape the Redis cache stores). No request reaches the bureau: each call is billed and
 * counted as a real consultation; its client is warmed on the instance's own liveness probe instead. Nothing is
 * cached.
 */
@Configuration(proxyBeanMethods = false)
class AquecimentoDoBureau {

    private static final String RESPOSTA = """
            {"cliente":"aquecimento","dataConsulta":"2026-01-01T00:00:00Z","contratos":[
              {"numeroContrato":"AQUECIMENTO-1","modalidade":"Emprestimo","valorContratado":12000.00,
               "saldoDevedor":4500.50,"diasAtraso":0,"emInadimplencia":false},
              {"numeroContrato":"AQUECIMENTO-2","modalidade":"Financiamento","valorContratado":80000.00,
               "saldoDevedor":61000.00,"diasAtraso":15,"emInadimplencia":false}]}
            """;

    /**
     * The bureau client itself (pool, interceptors, observation, JSON reader) on the instance's own liveness probe:
     * its first real call took 430-550 ms more than the next ones, past concessão's read timeout.
     */
    @Bean
    ExercicioDeAquecimento exercicioDoClienteDoBureau(ConsultaHistorico bureau, Environment ambiente) {
        return ExercicioDeAquecimento.clienteHttp("historico-bureau-cliente", bureau, ambiente);
    }

    @Bean
    ExercicioDeAquecimento exercicioDoBureau(JsonMapper json) {
        return ExercicioDeAquecimento.mapeamento(
                "historico-bureau",
                json,
                RESPOSTA,
                HistoricoBureauResponse.class,
                r -> HistoricoBureauMapper.paraDominio("aquecimento", r),
                HistoricoDeCredito.class);
    }
}
