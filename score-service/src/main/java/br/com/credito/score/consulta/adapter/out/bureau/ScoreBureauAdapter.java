package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.score.consulta.domain.ConsultaScore;
import br.com.credito.score.consulta.domain.ScoreCliente;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** Turns every way the bureau can fail into one 503 {@code SCORE_INDISPONIVEL} the orchestrator can act on. */
@Component
class ScoreBureauAdapter implements ConsultaScore {

    private static final Logger log = LoggerFactory.getLogger(ScoreBureauAdapter.class);

    private final ScoreBureauHttpClient http;

    ScoreBureauAdapter(ScoreBureauHttpClient http) {
        this.http = http;
    }

    @Override
    public Optional<ScoreCliente> consultar(String idCliente) {
        try {
            return http.buscar(idCliente).map(resposta -> ScoreBureauMapper.paraDominio(idCliente, resposta));
        } catch (CallNotPermittedException | BulkheadFullException | RestClientException | IllegalArgumentException e) {
            log.warn("Bureau de score indisponivel: {}", e.getClass().getSimpleName());
            throw new ProblemaException(
                    TipoProblema.SERVICO_INDISPONIVEL,
                    "SCORE_INDISPONIVEL",
                    "O bureau de score nao respondeu e nao ha copia do score em cache.",
                    e);
        }
    }
}
