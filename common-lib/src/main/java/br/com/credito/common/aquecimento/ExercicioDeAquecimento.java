package br.com.credito.common.aquecimento;

import br.com.credito.common.http.AdaptadorHttp;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * One hot path run with synthetic data, many times, before the instance reports ready. It must leave nothing a
 * customer, an auditor or a provider could see: no stored decision or investment, no event, no billed provider call,
 * no cache entry under a real key (a synthetic key must be marked as such and expire). A failure is counted and
 * logged by type; after a few failures in a row the exercise is dropped (a dependency that is not up yet).
 */
public interface ExercicioDeAquecimento {

    /** Short name for the log line that sums the warm-up up. */
    String nome();

    void executar() throws Exception;

    /** True once the exercise has nothing left to warm: the warm-up stops running it (its runs so far stand). */
    default boolean concluido() {
        return false;
    }

    /** What the warm-up's log line adds after this exercise's runs (e.g. what its runs reached); empty by default. */
    default String detalhe() {
        return "";
    }

    static ExercicioDeAquecimento de(String nome, Acao acao) {
        return new ExercicioDeAquecimento() {
            @Override
            public String nome() {
                return nome;
            }

            @Override
            public void executar() throws Exception {
                acao.executar();
            }
        };
    }

    /**
     * JSON both ways for one type, as the web layer and the clients do it: reads the synthetic document into the
     * type and writes the result back.
     */
    static <T> ExercicioDeAquecimento json(String nome, JsonMapper mapper, String documento, Class<T> tipo) {
        return de(nome, () -> mapper.writeValueAsString(mapper.readValue(documento, tipo)));
    }

    /**
     * A provider's answer as an outbound adapter takes it: the synthetic document read into the provider's type,
     * mapped into the domain, and the domain value written and read back as JSON (the shape a cache stores). No
     * request reaches the provider.
     */
    static <R, D> ExercicioDeAquecimento mapeamento(
            String nome,
            JsonMapper mapper,
            String documento,
            Class<R> tipoResposta,
            Function<R, D> paraDominio,
            Class<D> tipoDominio) {
        return de(nome, () -> {
            D dominio = paraDominio.apply(mapper.readValue(documento, tipoResposta));
            mapper.readValue(mapper.writeValueAsString(dominio), tipoDominio);
        });
    }

    /** An answer as the web layer writes it: the synthetic value built and written as JSON. */
    static ExercicioDeAquecimento resposta(String nome, JsonMapper mapper, Supplier<?> resposta) {
        return de(nome, () -> mapper.writeValueAsString(resposta.get()));
    }

    /**
     * An outbound HTTP adapter's client, behind its port, sent to the instance's own liveness probe ({@link
     * AdaptadorHttp#aquecerCliente}): the client's first-call costs are paid here, and its provider sees nothing. The
     * adapter is looked up at each run, so a port that is not one fails the exercise instead of the start.
     */
    static ExercicioDeAquecimento clienteHttp(String nome, Object porta, Environment ambiente) {
        return de(nome, () -> AdaptadorHttp.de(porta).aquecerCliente(vivacidadeLocal(ambiente)));
    }

    /** The instance's own liveness probe on loopback: a harmless address for a warm-up request. */
    static URI vivacidadeLocal(Environment ambiente) {
        return URI.create(
                "http://127.0.0.1:" + ambiente.getRequiredProperty("local.server.port") + "/actuator/health/liveness");
    }

    @FunctionalInterface
    interface Acao {
        void executar() throws Exception;
    }
}
