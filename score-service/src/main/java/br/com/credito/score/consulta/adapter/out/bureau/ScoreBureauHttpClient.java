package br.com.credito.score.consulta.adapter.out.bureau;

import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One HTTP call to the bureau, wrapped (outermost first) in Retry, CircuitBreaker and Bulkhead, instance
 * {@value #BUREAU} in application.yml. A 404 is a normal answer (no retry, a success for the breaker).
 */
@Component
class ScoreBureauHttpClient {

    static final String BUREAU = "score-bureau";

    private final RestClient scoreBureauRestClient;

    ScoreBureauHttpClient(RestClient scoreBureauRestClient) {
        this.scoreBureauRestClient = scoreBureauRestClient;
    }

    @Retry(name = BUREAU)
    @CircuitBreaker(name = BUREAU)
    @Bulkhead(name = BUREAU)
    public Optional<ScoreBureauResponse> buscar(String idCliente) {
        try {
            ScoreBureauResponse resposta = scoreBureauRestClient
                    .get()
                    .uri("/score-bureau/v1/scores/{idCliente}", idCliente)
                    .retrieve()
                    .body(ScoreBureauResponse.class);
            if (resposta == null) {
                throw new RestClientException("bureau de score respondeu sem corpo");
            }
            return Optional.of(resposta);
        } catch (HttpClientErrorException.NotFound naoEncontrado) {
            return Optional.empty();
        }
    }
}
