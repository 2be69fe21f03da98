package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.score.consulta.domain.ScoreCliente;
import br.com.credito.score.consulta.domain.port.ConsultaScore;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One HTTP call to the bureau inside the {@value #BUREAU} instances of application.yml; a 404 is a normal answer (no
 * retry, a success for the breaker). Every way the bureau can fail becomes one 503 {@code SCORE_INDISPONIVEL} the
 * orchestrator can act on.
 */
public class ScoreBureauHttpClient implements ConsultaScore {

    public static final String BUREAU = "score-bureau";

    private static final Logger log = LoggerFactory.getLogger(ScoreBureauHttpClient.class);

    private final RestClient http;
    private final ChamadaResiliente resiliencia;

    public ScoreBureauHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        this.http = http;
        this.resiliencia = resiliencia;
    }

    @Override
    public Optional<ScoreCliente> consultar(String idCliente) {
        try {
            return resiliencia
                    .buscar(() -> http.get()
                            .uri("/score-bureau/v1/scores/{idCliente}", idCliente)
                            .retrieve()
                            .body(ScoreBureauResponse.class))
                    .map(resposta -> ScoreBureauMapper.paraDominio(idCliente, resposta));
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
