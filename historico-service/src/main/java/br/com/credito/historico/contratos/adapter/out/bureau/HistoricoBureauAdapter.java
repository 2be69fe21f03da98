package br.com.credito.historico.contratos.adapter.out.bureau;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.historico.contratos.domain.ConsultaHistorico;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/** Every way the bureau can fail becomes one 503 {@code HISTORICO_INDISPONIVEL} the orchestrator can act on. */
@Component
class HistoricoBureauAdapter implements ConsultaHistorico {

    private static final Logger log = LoggerFactory.getLogger(HistoricoBureauAdapter.class);

    private final HistoricoBureauHttpClient http;

    HistoricoBureauAdapter(HistoricoBureauHttpClient http) {
        this.http = http;
    }

    @Override
    public Optional<HistoricoDeCredito> consultar(String idCliente) {
        try {
            return http.contratos(idCliente).map(resposta -> HistoricoBureauMapper.paraDominio(idCliente, resposta));
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
