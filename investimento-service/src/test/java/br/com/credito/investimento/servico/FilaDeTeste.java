package br.com.credito.investimento.servico;

import br.com.credito.testsupport.SqsDeTeste;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads (and deletes) what the service published on concessao's queue. Other tests publish on the same queue, so
 * callers filter by the investment ids they created.
 */
public final class FilaDeTeste {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Recebida(JsonNode evento, String corpo, Map<String, MessageAttributeValue> atributos) {

        public long idInvestimento() {
            return evento.get("idInvestimento").asLong();
        }

        public String eventId() {
            return evento.get("eventId").asString();
        }
    }

    private FilaDeTeste() {}

    /** Receives until {@code pronto} holds for what was received (or the deadline passes), then returns it all. */
    public static List<Recebida> receberAte(Predicate<List<Recebida>> pronto, Duration prazo) {
        List<Recebida> recebidas = new ArrayList<>();
        Instant limite = Instant.now().plus(prazo);
        try (SqsClient sqs = SqsDeTeste.cliente()) {
            String url = sqs.getQueueUrl(q -> q.queueName(TesteDeServico.FILA)).queueUrl();
            while (!pronto.test(recebidas) && Instant.now().isBefore(limite)) {
                List<Message> lote = sqs.receiveMessage(r -> r.queueUrl(url)
                                .maxNumberOfMessages(10)
                                .waitTimeSeconds(1)
                                .messageAttributeNames("All"))
                        .messages();
                for (Message m : lote) {
                    recebidas.add(new Recebida(JSON.readTree(m.body()), m.body(), m.messageAttributes()));
                    sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(m.receiptHandle()));
                }
            }
        }
        return recebidas;
    }

    /** Everything that arrives during {@code janela}. */
    public static List<Recebida> receberDurante(Duration janela) {
        return receberAte(r -> false, janela);
    }
}
