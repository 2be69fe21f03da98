package br.com.credito.historico.contratos.adapter.out.bureau;

import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import br.com.credito.historico.contratos.domain.port.ConsultaHistorico;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One HTTP call to the history bureau inside the {@value #BUREAU} instances of application.yml; a 404 is an answer
 * (no retry, a success for the breaker). Every way the bureau can fail becomes one 503 {@code HISTORICO_INDISPONIVEL}
 * the orchestrator can act on.
 */
public class HistoricoBureauHttpClient implements ConsultaHistorico {

    public static final String BUREAU = "historico-bureau";

    private static final Logger log = LoggerFactory.getLogger(HistoricoBureauHttpClient.class);

    private final RestClient http;
    private final ChamadaResiliente resiliencia;

    public HistoricoBureauHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        this.http = http;
        this.resiliencia = resiliencia;
    }

    @Override
    public Optional<HistoricoDeCredito> consultar(String idCliente) {
        try {
            return resiliencia
                    .buscar(() -> http.get()
                            .uri("/historico-bureau/v1/clientes/{idCliente}/contratos", idCliente)
                            .retrieve()
                            .body(HistoricoBureauResponse.class))
                    .map(resposta -> HistoricoBureauMapper.paraDominio(idCliente, resposta));
        } catch (CallNotPermittedException | BulkheadFullException | RestClientException | IllegalArgumentException e) {
            log.warn("Bureau de historico indisponivel: {}", e.getClass().getSimpleName());
            throw new ProblemaException(
                    TipoProblema.SERVICO_INDISPONIVEL,
                    "HISTORICO_INDISPONIVEL",
                    "O bureau de historico nao respondeu e nao ha copia do historico em cache.",
                    e);
        }
    }
}
