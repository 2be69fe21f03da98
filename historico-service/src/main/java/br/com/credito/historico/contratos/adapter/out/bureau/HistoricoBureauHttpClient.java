package br.com.credito.historico.contratos.adapter.out.bureau;

import io.github.resilience4j.bulkhead.annotation.Bulkhead;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * One HTTP call to the history bureau inside Retry, CircuitBreaker and Bulkhead (outermost first), instance
 * {@value #BUREAU} in application.yml. A 404 is an answer: no retry, and a success for the breaker.
 */
@Component
class HistoricoBureauHttpClient {

    static final String BUREAU = "historico-bureau";

    private final RestClient historicoBureauRestClient;

    HistoricoBureauHttpClient(RestClient historicoBureauRestClient) {
        this.historicoBureauRestClient = historicoBureauRestClient;
    }

    @Retry(name = BUREAU)
    @CircuitBreaker(name = BUREAU)
    @Bulkhead(name = BUREAU)
    public Optional<HistoricoBureauResponse> contratos(String idCliente) {
        try {
            return Optional.ofNullable(historicoBureauRestClient
                            .get()
                            .uri("/historico-bureau/v1/clientes/{idCliente}/contratos", idCliente)
                            .retrieve()
                            .body(HistoricoBureauResponse.class))
                    .or(() -> {
                        throw new RestClientException("bureau de historico respondeu sem corpo");
                    });
        } catch (HttpClientErrorException.NotFound naoEncontrado) {
            return Optional.empty();
        }
    }
}
