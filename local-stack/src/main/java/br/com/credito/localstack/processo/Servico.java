package br.com.credito.localstack.processo;

import java.util.Map;

/**
 * One application of the platform: its Maven module, its port and the environment it reads.
 *
 * @param temAquecimento it runs common-lib's warm-up before it reports ready, so its class-data training can run
 *     through that warm-up (TreinoDoCache); false for the authorization server, which has no common-lib
 */
public record Servico(
        String modulo, int porta, Map<String, String> ambiente, boolean temSwagger, boolean temAquecimento) {

    public Servico {
        ambiente = Map.copyOf(ambiente);
    }
}
