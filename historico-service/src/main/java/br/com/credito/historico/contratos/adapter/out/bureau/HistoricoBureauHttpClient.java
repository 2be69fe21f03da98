package br.com.credito.historico.contratos.adapter.out.bureau;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import br.com.credito.historico.contratos.domain.port.ConsultaHistorico;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.web.client.RestClient;

/**
 * One HTTP call to the history bureau inside the {@value #BUREAU} instances of application.yml; a 404 is an answer
 * (no retry, a success for the breaker). Every way the bureau can fail becomes one 503 {@code HISTORICO_INDISPONIVEL}
 * the orchestrator can act on.
 */
public class HistoricoBureauHttpClient extends AdaptadorHttp implements ConsultaHistorico {

    public static final String BUREAU = "historico-bureau";

    /** The bureau's answer for every synthetic client: one contract in good standing, so every rule has data. */
    private static final HistoricoBureauResponse SINTETICA = new HistoricoBureauResponse(
            ClienteSintetico.PREFIXO,
            Instant.parse("2026-01-01T00:00:00Z"),
            List.of(new HistoricoBureauResponse.ContratoBureau(
                    "AQUECIMENTO-1", "Emprestimo", new BigDecimal("12000.00"), new BigDecimal("4500.50"), 0, false)));

    public HistoricoBureauHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    @Override
    public Optional<HistoricoDeCredito> consultar(String idCliente) {
        return ouIndisponivel(
                "HISTORICO_INDISPONIVEL",
                "O bureau de historico nao respondeu e nao ha copia do historico em cache.",
                () -> (ClienteSintetico.eh(idCliente)
                                // the warm-up's: through the decorators, never to the bureau (it bills every call)
                                ? resiliencia.buscar(() -> SINTETICA)
                                : buscar(
                                        HistoricoBureauResponse.class,
                                        "/historico-bureau/v1/clientes/{idCliente}/contratos",
                                        idCliente))
                        .map(resposta -> HistoricoBureauMapper.paraDominio(idCliente, resposta)));
    }
}
