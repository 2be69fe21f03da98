package br.com.credito.localstack.infra;

import java.net.URI;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ with the queue investimento-service publishes to and concessao-service consumes, and its DLQ after
 * {@value #MAX_RECEBIMENTOS} receives (docs/contratos-internos.md; the same as elasticmq.conf for docker-compose).
 * Can be stopped and started again on the same port (the broker-outage drill); the queues are in memory, so a
 * restart re-creates them empty, as a broker that lost its state would come back.
 */
public final class SqsLocal implements AutoCloseable {

    public static final String FILA = "concessao-investimento-criado";
    public static final String DLQ = "concessao-investimento-criado-dlq";
    public static final int MAX_RECEBIMENTOS = 5;
    public static final String REGIAO = "us-east-1";

    private final int porta;
    private final URI endpoint;
    private final Object trava = new Object(); // the admin thread and Ctrl-C may stop/start at the same time
    private SQSRestServer servidor; // null while stopped

    private SqsLocal(int porta) {
        this.porta = porta;
        this.endpoint = URI.create("http://localhost:" + porta);
    }

    public static SqsLocal iniciar(int porta) {
        SqsLocal local = new SqsLocal(porta);
        local.religar();
        return local;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Starts the broker again (no-op when it runs) with the queue and its DLQ. */
    public void religar() {
        synchronized (trava) {
            if (servidor != null) {
                return;
            }
            SQSRestServer novo = SQSRestServerBuilder.withInterface("127.0.0.1")
                    .withPort(porta)
                    .withServerAddress(new NodeAddress("http", "localhost", porta, ""))
                    .start();
            novo.waitUntilStarted();
            servidor = novo;
            criarFilas();
        }
    }

    /** Stops the broker (no-op when stopped): clients get connection refused until {@link #religar()}. */
    public void parar() {
        synchronized (trava) {
            if (servidor != null) {
                servidor.stopAndWait();
                servidor = null;
            }
        }
    }

    private void criarFilas() {
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGIAO))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            String urlDlq = sqs.createQueue(
                            CreateQueueRequest.builder().queueName(DLQ).build())
                    .queueUrl();
            String arnDlq = sqs.getQueueAttributes(GetQueueAttributesRequest.builder()
                            .queueUrl(urlDlq)
                            .attributeNames(QueueAttributeName.QUEUE_ARN)
                            .build())
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            String redrive =
                    "{\"deadLetterTargetArn\":\"" + arnDlq + "\",\"maxReceiveCount\":\"" + MAX_RECEBIMENTOS + "\"}";
            sqs.createQueue(CreateQueueRequest.builder()
                    .queueName(FILA)
                    .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrive))
                    .build());
        }
    }

    @Override
    public void close() {
        parar();
    }
}
