package br.com.credito.investimento.investimento.adapter.out.mensageria;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Straight to concessao's queue (local stack). The SDK client is used as is, not SqsTemplate, so the message is
 * exactly the contract JSON and our attributes, without Spring's type and id headers.
 */
final class SqsTransporte implements TransporteDeEventos {

    private final SqsAsyncClient sqs;
    private final String fila;
    private final Optional<FilaLocal> filaLocal;
    private final AtomicReference<String> urlDaFila = new AtomicReference<>();

    /** With {@code filaLocal}, a queue lost by the local broker (ElasticMQ keeps queues in memory) is created again. */
    SqsTransporte(SqsAsyncClient sqs, String fila, Optional<FilaLocal> filaLocal) {
        this.sqs = sqs;
        this.fila = fila;
        this.filaLocal = filaLocal;
    }

    @Override
    public void enviar(String corpo, Map<String, String> atributos) {
        try {
            sqs.sendMessage(m -> m.queueUrl(url())
                            .messageBody(corpo)
                            .messageAttributes(TransporteDeEventos.atributos(atributos, SqsTransporte::texto)))
                    .join();
        } catch (RuntimeException e) {
            if (FilaLocal.inexistente(e)) {
                urlDaFila.set(null);
                filaLocal.ifPresent(FilaLocal::garantir);
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

    private static MessageAttributeValue texto(String valor) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(valor)
                .build();
    }
}
