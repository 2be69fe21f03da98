package br.com.credito.filaslocais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class ElasticMqEmbarcadoTest {

    private final ElasticMqEmbarcado broker = new ElasticMqEmbarcado(
            portaLivre(), "127.0.0.1", FilaComDlq.INVESTIMENTO_CRIADO.comVisibilidade(Duration.ofSeconds(1)));

    @AfterEach
    void parar() {
        broker.close();
    }

    @Test
    void criaAFilaComVisibilidadeERedriveParaADlq() {
        broker.iniciar();
        try (SqsClient sqs = broker.cliente()) {
            Map<QueueAttributeName, String> atributos = atributos(sqs, "concessao-investimento-criado");
            assertThat(atributos.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("1");
            String arnDlq = atributos(sqs, "concessao-investimento-criado-dlq").get(QueueAttributeName.QUEUE_ARN);
            assertThat(atributos.get(QueueAttributeName.REDRIVE_POLICY))
                    .contains("\"deadLetterTargetArn\":\"" + arnDlq + "\"")
                    .contains("\"maxReceiveCount\":5");
        }
    }

    @Test
    void umaMensagemRecebidaCincoVezesSemConfirmacaoVaiParaADlq() {
        broker.iniciar();
        try (SqsClient sqs = broker.cliente()) {
            String fila = url(sqs, "concessao-investimento-criado");
            String dlq = url(sqs, "concessao-investimento-criado-dlq");
            sqs.sendMessage(m -> m.queueUrl(fila).messageBody("venenosa"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> sqs.receiveMessage(r -> r.queueUrl(fila).waitTimeSeconds(1))
                                    .messages()
                                    .isEmpty()
                            && !sqs.receiveMessage(r -> r.queueUrl(dlq).waitTimeSeconds(1))
                                    .messages()
                                    .isEmpty());
        }
    }

    @Test
    void depoisDeParadoVoltaComAsFilasVazias() {
        broker.iniciar();
        try (SqsClient sqs = broker.cliente()) {
            sqs.sendMessage(
                    m -> m.queueUrl(url(sqs, "concessao-investimento-criado")).messageBody("perdida"));
        }
        broker.parar();
        broker.iniciar();
        try (SqsClient sqs = broker.cliente()) {
            String fila = url(sqs, "concessao-investimento-criado");
            assertThat(sqs.receiveMessage(r -> r.queueUrl(fila)).messages()).isEmpty();
            assertThat(atributos(sqs, "concessao-investimento-criado")).containsKey(QueueAttributeName.REDRIVE_POLICY);
        }
    }

    private static String url(SqsClient sqs, String nome) {
        return sqs.getQueueUrl(q -> q.queueName(nome)).queueUrl();
    }

    private static Map<QueueAttributeName, String> atributos(SqsClient sqs, String nome) {
        return sqs.getQueueAttributes(a -> a.queueUrl(url(sqs, nome)).attributeNames(QueueAttributeName.ALL))
                .attributes();
    }

    private static int portaLivre() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
