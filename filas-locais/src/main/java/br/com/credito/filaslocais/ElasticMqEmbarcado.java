package br.com.credito.filaslocais;

import java.net.URI;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible broker (ElasticMQ, in-process) on 127.0.0.1 that creates {@code fila} with its DLQ and redrive
 * policy each time it starts. It can be stopped and started again on the same port (broker-outage drills and tests):
 * queues live in memory, so they come back empty, as from a broker that lost its state.
 */
public final class ElasticMqEmbarcado implements AutoCloseable {

    public static final String REGIAO = "us-east-1";

    /** ElasticMQ ignores credentials, but the AWS SDK insists on having some. */
    private static final String CHAVE = "local";

    private final int porta;
    private final String host;
    private final FilaComDlq fila;
    private final URI endpoint;
    private final Object trava = new Object(); // stop and start may come from different threads
    private SQSRestServer servidor; // null while stopped

    /** @param host the name queue URLs carry (clients reach it on 127.0.0.1 either way) */
    public ElasticMqEmbarcado(int porta, String host, FilaComDlq fila) {
        this.porta = porta;
        this.host = host;
        this.fila = fila;
        this.endpoint = endpoint(host, porta);
    }

    /** Where a broker on this host and port answers, known before it starts. */
    public static URI endpoint(String host, int porta) {
        return URI.create("http://" + host + ":" + porta);
    }

    public URI endpoint() {
        return endpoint;
    }

    public FilaComDlq fila() {
        return fila;
    }

    /** Starts the broker with the queue and its DLQ; no-op when it runs. */
    public void iniciar() {
        synchronized (trava) {
            if (servidor != null) {
                return;
            }
            SQSRestServer novo = SQSRestServerBuilder.withInterface("127.0.0.1")
                    .withPort(porta)
                    .withServerAddress(new NodeAddress("http", host, porta, ""))
                    .start();
            novo.waitUntilStarted();
            servidor = novo;
            criarFilas();
        }
    }

    /** Stops the broker (clients get connection refused until {@link #iniciar()}); no-op when stopped. */
    public void parar() {
        synchronized (trava) {
            if (servidor != null) {
                servidor.stopAndWait();
                servidor = null;
            }
        }
    }

    @Override
    public void close() {
        parar();
    }

    /** A synchronous client of this broker; the caller closes it. */
    public SqsClient cliente() {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGIAO))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(CHAVE, CHAVE)))
                .build();
    }

    private void criarFilas() {
        try (SqsClient sqs = cliente()) {
            String urlDlq = sqs.createQueue(q -> q.queueName(fila.dlq())).queueUrl();
            String arnDlq = sqs.getQueueAttributes(a -> a.queueUrl(urlDlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            String redrive = "{\"deadLetterTargetArn\":\"" + arnDlq + "\",\"maxReceiveCount\":\""
                    + fila.maxRecebimentos() + "\"}";
            sqs.createQueue(q -> q.queueName(fila.nome())
                    .attributes(Map.of(
                            QueueAttributeName.REDRIVE_POLICY,
                            redrive,
                            QueueAttributeName.VISIBILITY_TIMEOUT,
                            Long.toString(fila.visibilidade().toSeconds()))));
        }
    }
}
