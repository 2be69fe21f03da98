package br.com.credito.common.http;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.client.RestClient;

/**
 * The one recipe for an outbound adapter (docs/chamadas-de-saida.md): the resilience of the YAML instances named after
 * the downstream, a pooled RestClient for its {@link Destino} on a fresh Boot builder (Boot's builder is a prototype,
 * so no client shares another's settings), and the adapter made of both. Auto-configured where Resilience4j is.
 */
public record AdaptadoresHttp(
        ObjectProvider<RestClient.Builder> builders,
        RetryRegistry retries,
        CircuitBreakerRegistry breakers,
        BulkheadRegistry bulkheads) {

    public <T> T criar(String instancia, Destino destino, BiFunction<RestClient, ChamadaResiliente, T> adaptador) {
        return criar(instancia, destino, UnaryOperator.identity(), adaptador);
    }

    /** {@code ajuste}: what this downstream adds to the builder, e.g. the service token or a tolerant reader. */
    public <T> T criar(
            String instancia,
            Destino destino,
            UnaryOperator<RestClient.Builder> ajuste,
            BiFunction<RestClient, ChamadaResiliente, T> adaptador) {
        var resiliencia = ChamadaResiliente.de(instancia, retries, breakers, bulkheads);
        RestClient http = ajuste.apply(ConexoesHttp.para(builders.getObject(), destino, resiliencia))
                .build();
        return adaptador.apply(http, resiliencia);
    }
}
