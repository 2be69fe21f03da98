package br.com.credito.concessao.config;

import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Local stack only ({@code concessao.fila.criar-na-inicializacao=true}): creates the queue, its DLQ and the redrive
 * policy before the listener starts (beans are initialised before any listener container is started). In AWS they
 * come from Terraform.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "concessao.fila.criar-na-inicializacao", havingValue = "true")
class FilaLocalConfig implements InitializingBean {

    private final SqsAsyncClient sqs;
    private final ConcessaoProperties.Fila fila;

    FilaLocalConfig(SqsAsyncClient sqs, ConcessaoProperties propriedades) {
        this.sqs = sqs;
        this.fila = propriedades.fila();
    }

    @Override
    public void afterPropertiesSet() {
        String urlDlq = sqs.createQueue(r -> r.queueName(fila.dlq())).join().queueUrl();
        String arnDlq = sqs.getQueueAttributes(GetQueueAttributesRequest.builder()
                        .queueUrl(urlDlq)
                        .attributeNames(QueueAttributeName.QUEUE_ARN)
                        .build())
                .join()
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        String redrive =
                "{\"deadLetterTargetArn\":\"" + arnDlq + "\",\"maxReceiveCount\":\"" + fila.maxRecebimentos() + "\"}";
        sqs.createQueue(CreateQueueRequest.builder()
                        .queueName(fila.nome())
                        .attributes(Map.of(
                                QueueAttributeName.REDRIVE_POLICY,
                                redrive,
                                QueueAttributeName.VISIBILITY_TIMEOUT,
                                String.valueOf(fila.visibilidade().toSeconds())))
                        .build())
                .join();
    }
}
