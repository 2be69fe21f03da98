package br.com.credito.localstack.processo;

import java.util.Map;

/** One application of the platform: its Maven module, its port and the environment it reads. */
public record Servico(String modulo, int porta, Map<String, String> ambiente, boolean temSwagger) {

    public Servico {
        ambiente = Map.copyOf(ambiente);
    }
}
