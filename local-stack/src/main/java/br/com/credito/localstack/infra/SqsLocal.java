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
 */
public final class SqsLocal implements AutoCloseable {

    public static final String FILA = "concessao-investimento-criado";
    public static final String DLQ = "concessao-investimento-criado-dlq";
    public static final int MAX_RECEBIMENTOS = 5;
    public static final String REGIAO = "us-east-1";

    private final SQSRestServer servidor;
    private final URI endpoint;

    private SqsLocal(SQSRestServer servidor, URI endpoint) {
        this.servidor = servidor;
        this.endpoint = endpoint;
    }

    public static SqsLocal iniciar(int porta) {
        SQSRestServer servidor = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withPort(porta)
                .withServerAddress(new NodeAddress("http", "localhost", porta, ""))
                .start();
        servidor.waitUntilStarted();
        SqsLocal local = new SqsLocal(servidor, URI.create("http://localhost:" + porta));
        local.criarFilas();
        return local;
    }

    public URI endpoint() {
        return endpoint;
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
        servidor.stopAndWait();
    }
}
