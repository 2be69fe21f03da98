package br.com.credito.concessao.decisao.adapter.out.score;

import br.com.credito.concessao.decisao.adapter.out.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.Proveniencia;
import br.com.credito.concessao.decisao.domain.ConsultaScore;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * 404 (client unknown to the bureau) and any outage both end in "score indisponivel": either way there is no score
 * to decide on, and the policy treats that as undetermined risk.
 */
public class ScoreHttpClient implements ConsultaScore {

    private static final Logger log = LoggerFactory.getLogger(ScoreHttpClient.class);

    private final RestClient http;
    private final ChamadaResiliente resiliencia;

    public ScoreHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        this.http = http;
        this.resiliencia = resiliencia;
    }

    record ScoreResposta(Integer score) {}

    @Override
    public ScoreCliente consultar(String idCliente) {
        try {
            return resiliencia.executar(() -> buscar(idCliente));
        } catch (RuntimeException e) {
            log.warn("score-service indisponivel: {}", e.getClass().getSimpleName());
            return ScoreCliente.indisponivel();
        }
    }

    private ScoreCliente buscar(String idCliente) {
        try {
            ResponseEntity<ScoreResposta> resposta =
                    http.get().uri("/v1/score/{id}", idCliente).retrieve().toEntity(ScoreResposta.class);
            return ScoreCliente.de(resposta.getBody().score(), Proveniencia.de(resposta.getHeaders()));
        } catch (HttpClientErrorException.NotFound e) {
            return ScoreCliente.indisponivel();
        }
    }
}
