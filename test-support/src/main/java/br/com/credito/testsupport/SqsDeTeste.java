package br.com.credito.testsupport;

import br.com.credito.filaslocais.ElasticMqEmbarcado;
import br.com.credito.filaslocais.FilaComDlq;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible broker (ElasticMQ, in-process) started once per test JVM with the local topology
 * ({@link FilaComDlq#INVESTIMENTO_CRIADO}: queue, DLQ, redrive). It can be stopped and started again on the same
 * port to test a broker outage; it comes back with its queues, empty.
 */
public final class SqsDeTeste {

    public static final String REGIAO = ElasticMqEmbarcado.REGIAO;
    public static final String CHAVE = "teste";
    public static final FilaComDlq FILA = FilaComDlq.INVESTIMENTO_CRIADO;

    private static volatile ElasticMqEmbarcado broker;

    private SqsDeTeste() {}

    public static synchronized URI endpoint() {
        if (broker == null) {
            broker = new ElasticMqEmbarcado(RedisDeTeste.PortaLivre.encontrar(), "127.0.0.1", FILA);
            Runtime.getRuntime().addShutdownHook(new Thread(SqsDeTeste::parar));
        }
        broker.iniciar();
        return broker.endpoint();
    }

    public static synchronized void parar() {
        if (broker != null) {
            broker.parar();
        }
    }

    public static SqsClient cliente() {
        endpoint();
        return broker.cliente();
    }

    /**
     * Changes the queue's visibility timeout until the broker restarts: a consumer's tests shorten it so that a
     * poison message reaches the DLQ in seconds.
     */
    public static void mudarVisibilidade(Duration visibilidade) {
        try (SqsClient sqs = cliente()) {
            String url = sqs.getQueueUrl(q -> q.queueName(FILA.nome())).queueUrl();
            sqs.setQueueAttributes(a -> a.queueUrl(url)
                    .attributes(
                            Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, Long.toString(visibilidade.toSeconds()))));
        }
    }
}
