package br.com.credito.localstack.processo;

import java.util.Map;

/**
 * One application of the platform: its Maven module, its port and the environment it reads.
 *
 * @param aquece runs common-lib's warm-up before it reports ready, so its class-data training run can go through the
 *     warm-up and exit at its end (the auth server has no warm-up: its run stops once the context refreshed)
 */
public record Servico(String modulo, int porta, Map<String, String> ambiente, boolean temSwagger, boolean aquece) {

    public Servico {
        ambiente = Map.copyOf(ambiente);
    }
}
