package br.com.credito.concessao.decisao.adapter.out.score;

import br.com.credito.common.http.AdaptadorHttp;
import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.concessao.decisao.adapter.out.Proveniencia;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import br.com.credito.concessao.decisao.domain.port.ConsultaScore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * 404 (client unknown to the bureau) and any outage both end in "score indisponivel": either way there is no score
 * to decide on, and the policy treats that as undetermined risk.
 */
public class ScoreHttpClient extends AdaptadorHttp implements ConsultaScore {

    public ScoreHttpClient(RestClient http, ChamadaResiliente resiliencia) {
        super(http, resiliencia);
    }

    record ScoreResposta(Integer score) {}

    @Override
    public ScoreCliente consultar(String idCliente) {
        return resiliencia.executarOu(
                () -> ChamadaResiliente.ouSeNaoEncontrado(() -> buscar(idCliente), ScoreCliente::indisponivel),
                ScoreCliente::indisponivel);
    }

    private ScoreCliente buscar(String idCliente) {
        ResponseEntity<ScoreResposta> resposta =
                http.get().uri("/v1/score/{id}", idCliente).retrieve().toEntity(ScoreResposta.class);
        return ScoreCliente.de(resposta.getBody().score(), Proveniencia.de(resposta.getHeaders()));
    }
}
