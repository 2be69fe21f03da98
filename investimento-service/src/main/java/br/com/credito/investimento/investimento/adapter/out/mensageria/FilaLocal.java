package br.com.credito.investimento.investimento.adapter.out.mensageria;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Local stack only: creates concessao's queue on an empty broker so events have somewhere to go: at startup, and
 * again when a send finds it missing (a restarted ElasticMQ). It creates the queue only when missing and without
 * attributes, so it never overrides concessao's own creation with its DLQ redrive.
 */
final class FilaLocal {

    private static final Logger log = LoggerFactory.getLogger(FilaLocal.class);

    private final SqsAsyncClient sqs;
    private final String fila;

    FilaLocal(SqsAsyncClient sqs, String fila) {
        this.sqs = sqs;
        this.fila = fila;
    }

    void garantir() {
        try {
            sqs.getQueueUrl(q -> q.queueName(fila)).join();
        } catch (RuntimeException e) {
            if (inexistente(e)) {
                sqs.createQueue(q -> q.queueName(fila)).join();
                log.info("Fila {} criada no broker local", fila);
            } else {
                log.warn("Broker indisponivel ao verificar a fila {}; os eventos aguardam no outbox", fila, e);
            }
        }
    }

    static boolean inexistente(Throwable erro) {
        for (Throwable t = erro; t != null; t = t.getCause()) {
            if (t instanceof QueueDoesNotExistException) {
                return true;
            }
        }
        return false;
    }
}
