package br.com.credito.investimento.investimento.adapter.out.mensageria;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Straight to concessao's queue (local stack). The SDK client is used as is, not SqsTemplate, so the message is
 * exactly the contract JSON and our attributes, without Spring's type and id headers. The queue is never created
 * here: the local broker declares it (local-stack, elasticmq.conf, test-support), like Terraform in AWS.
 */
final class SqsTransporte implements TransporteDeEventos {

    private final SqsAsyncClient sqs;
    private final String fila;
    private final AtomicReference<String> urlDaFila = new AtomicReference<>();

    SqsTransporte(SqsAsyncClient sqs, String fila) {
        this.sqs = sqs;
        this.fila = fila;
    }

    @Override
    public void enviar(String corpo, Map<String, String> atributos) {
        try {
            sqs.sendMessage(m -> m.queueUrl(url())
                            .messageBody(corpo)
                            .messageAttributes(TransporteDeEventos.atributos(atributos, SqsTransporte::texto)))
                    .join();
        } catch (RuntimeException e) {
            if (inexistente(e)) {
                urlDaFila.set(null); // the broker lost it (ElasticMQ keeps queues in memory): look it up again
            }
            throw e;
        }
    }

    private String url() {
        String url = urlDaFila.get();
        if (url == null) {
            url = sqs.getQueueUrl(q -> q.queueName(fila)).join().queueUrl();
            urlDaFila.set(url);
        }
        return url;
    }

    private static boolean inexistente(Throwable erro) {
        for (Throwable t = erro; t != null; t = t.getCause()) {
            if (t instanceof QueueDoesNotExistException) {
                return true;
            }
        }
        return false;
    }

    private static MessageAttributeValue texto(String valor) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(valor)
                .build();
    }
}
