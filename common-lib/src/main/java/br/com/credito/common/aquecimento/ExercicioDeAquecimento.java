package br.com.credito.common.aquecimento;

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

    @FunctionalInterface
    interface Acao {
        void executar() throws Exception;
    }
}
