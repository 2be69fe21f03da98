package br.com.credito.concessao.decisao.adapter.out;

import br.com.credito.common.aquecimento.ExercicioDeAquecimento;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.client.RestClient;

/**
 * Warm-up (issue 14): each downstream client — its connection pool, the service token interceptor, trace
 * propagation and the tolerant JSON reader — on the downstream's liveness probe, which changes nothing there. Not the
 * full health endpoint: that one runs the downstream's database and Redis checks on every call, and with four of
 * them per iteration concessão's warm-up got through 30 iterations in its 15 s instead of 300. The
 * business endpoints are left alone: a synthetic score or history request would reach the bureaus and their caches,
 * and a synthetic evaluation would count as a decision in motor-regras' metrics. The breakers are not involved.
 */
public final class AquecimentoDosClientes implements ExercicioDeAquecimento {

    record Saude(String status) {}

    private final Supplier<Map<String, RestClient>> clientes;

    /** {@code clientes} is read at each run: the adapters' clients exist only once their beans are built. */
    public AquecimentoDosClientes(Supplier<Map<String, RestClient>> clientes) {
        this.clientes = clientes;
    }

    @Override
    public String nome() {
        return "clientes-downstream";
    }

    /** Fails only when no downstream answered: one that is still starting must not stop the others' warm-up. */
    @Override
    public void executar() {
        RuntimeException ultima = null;
        int responderam = 0;
        for (RestClient http : clientes.get().values()) {
            try {
                http.get()
                        .uri("/actuator/health/liveness")
                        .retrieve()
                        .onStatus(status -> true, (pedido, resposta) -> {}) // one not ready yet answers 503
                        .body(Saude.class);
                responderam++;
            } catch (RuntimeException e) {
                ultima = e;
            }
        }
        if (responderam == 0 && ultima != null) {
            throw ultima;
        }
    }
}
