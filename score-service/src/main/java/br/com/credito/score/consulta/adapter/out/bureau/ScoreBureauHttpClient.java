package br.com.credito.score.consulta.adapter.out.bureau;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.score.consulta.domain.ScoreCliente;
import br.com.credito.score.consulta.domain.port.ConsultaScore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.client.RestClient;

/**
 * One HTTP call to the bureau inside the {@value #BUREAU} instances of application.yml; a 404 is a normal answer (no
 * retry, a success for the breaker). Every way the bureau can fail becomes one 503 {@code SCORE_INDISPONIVEL} the
 * orchestrator can act on.
 */
public class ScoreBureauHttpClient extends AdaptadorHttp implements ConsultaScore {

    public static final String BUREAU = "score-bureau";

    /** The bureau's answer for every synthetic client: a fair score, so the warm-up's decisions run the whole policy. */
    private static final ScoreBureauResponse SINTETICA =
            new ScoreBureauResponse(ClienteSintetico.PREFIXO, 735, Instant.parse("2026-01-01T00:00:00Z"));

    public ScoreBureauHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    @Override
    public Optional<ScoreCliente> consultar(String idCliente) {
        return ouIndisponivel(
                "SCORE_INDISPONIVEL",
                "O bureau de score nao respondeu e nao ha copia do score em cache.",
                () -> (ClienteSintetico.eh(idCliente)
                                // the warm-up's: through the decorators, never to the bureau (it bills every call)
                                ? resiliencia.buscar(() -> SINTETICA)
                                : buscar(ScoreBureauResponse.class, "/score-bureau/v1/scores/{idCliente}", idCliente))
                        .map(resposta -> ScoreBureauMapper.paraDominio(idCliente, resposta)));
    }
}
