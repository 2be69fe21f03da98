package br.com.credito.testsupport;

import java.net.URI;
import java.util.Map;
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
 * An SQS-compatible broker (ElasticMQ, in-process) started once per test JVM. It can be stopped and started again on
 * the same port to test a broker outage; queues are in memory and must be created again after a restart.
 */
public final class SqsDeTeste {

    public static final String REGIAO = "us-east-1";
    public static final String CHAVE = "teste";

    private static volatile SQSRestServer servidor;
    private static volatile int porta;

    private SqsDeTeste() {}

    public static synchronized URI endpoint() {
        if (servidor == null) {
            if (porta == 0) {
                porta = RedisDeTeste.PortaLivre.encontrar();
            }
            servidor = SQSRestServerBuilder.withInterface("127.0.0.1")
                    .withPort(porta)
                    .withServerAddress(new org.elasticmq.NodeAddress("http", "127.0.0.1", porta, ""))
                    .start();
            servidor.waitUntilStarted();
            Runtime.getRuntime().addShutdownHook(new Thread(SqsDeTeste::parar));
        }
        return URI.create("http://127.0.0.1:" + porta);
    }

    public static synchronized void parar() {
        if (servidor != null) {
            servidor.stopAndWait();
            servidor = null;
        }
    }

    public static SqsClient cliente() {
        return SqsClient.builder()
                .endpointOverride(endpoint())
                .region(Region.of(REGIAO))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(CHAVE, CHAVE)))
                .build();
    }

    /** Creates (or finds) a queue with a dead-letter queue that receives a message after {@code maxRecebimentos}. */
    public static String criarFilaComDlq(String fila, String dlq, int maxRecebimentos, int visibilidadeSegundos) {
        try (SqsClient sqs = cliente()) {
            String urlDlq = sqs.createQueue(
                            CreateQueueRequest.builder().queueName(dlq).build())
                    .queueUrl();
            String arnDlq = sqs.getQueueAttributes(GetQueueAttributesRequest.builder()
                            .queueUrl(urlDlq)
                            .attributeNames(QueueAttributeName.QUEUE_ARN)
                            .build())
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            String redrive =
                    "{\"deadLetterTargetArn\":\"" + arnDlq + "\",\"maxReceiveCount\":\"" + maxRecebimentos + "\"}";
            return sqs.createQueue(CreateQueueRequest.builder()
                            .queueName(fila)
                            .attributes(Map.of(
                                    QueueAttributeName.REDRIVE_POLICY,
                                    redrive,
                                    QueueAttributeName.VISIBILITY_TIMEOUT,
                                    String.valueOf(visibilidadeSegundos)))
                            .build())
                    .queueUrl();
        }
    }

    public static String criarFila(String fila) {
        try (SqsClient sqs = cliente()) {
            return sqs.createQueue(CreateQueueRequest.builder().queueName(fila).build())
                    .queueUrl();
        }
    }
}
