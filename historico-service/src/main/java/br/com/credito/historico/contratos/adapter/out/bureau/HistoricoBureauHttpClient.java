package br.com.credito.historico.contratos.adapter.out.bureau;

import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import br.com.credito.historico.contratos.domain.port.ConsultaHistorico;
import java.util.Optional;
import org.springframework.web.client.RestClient;

/**
 * One HTTP call to the history bureau inside the {@value #BUREAU} instances of application.yml; a 404 is an answer
 * (no retry, a success for the breaker). Every way the bureau can fail becomes one 503 {@code HISTORICO_INDISPONIVEL}
 * the orchestrator can act on.
 */
public class HistoricoBureauHttpClient extends AdaptadorHttp implements ConsultaHistorico {

    public static final String BUREAU = "historico-bureau";

    public HistoricoBureauHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    @Override
    public Optional<HistoricoDeCredito> consultar(String idCliente) {
        return ouIndisponivel(
                "HISTORICO_INDISPONIVEL",
                "O bureau de historico nao respondeu e nao ha copia do historico em cache.",
                () -> buscar(
                                HistoricoBureauResponse.class,
                                "/historico-bureau/v1/clientes/{idCliente}/contratos",
                                idCliente)
                        .map(resposta -> HistoricoBureauMapper.paraDominio(idCliente, resposta)));
    }
}
