package br.com.credito.filaslocais;

import java.time.Duration;

/**
 * A queue whose messages move to {@code dlq} after {@code maxRecebimentos} receives. The values of the local broker
 * and of the tests; infra-terraform/modules/messaging declares the AWS queues (infra-policy-tests checks that names
 * and receives agree).
 *
 * @param visibilidade the queue's visibility timeout
 */
public record FilaComDlq(String nome, String dlq, int maxRecebimentos, Duration visibilidade) {

    /**
     * investimento-service publishes, concessao-service consumes (docs/contratos-internos.md). Locally the visibility
     * is ElasticMQ's default 30 s, shorter than AWS's 60 s so that the poison-message drill reaches the DLQ in
     * 2.5 minutes.
     */
    public static final FilaComDlq INVESTIMENTO_CRIADO = new FilaComDlq(
            "concessao-investimento-criado", "concessao-investimento-criado-dlq", 5, Duration.ofSeconds(30));

    /** The same queue with another visibility timeout (tests: a poison message reaches the DLQ in seconds). */
    public FilaComDlq comVisibilidade(Duration outra) {
        return new FilaComDlq(nome, dlq, maxRecebimentos, outra);
    }
}
