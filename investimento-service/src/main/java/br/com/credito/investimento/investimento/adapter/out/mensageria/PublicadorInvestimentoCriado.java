package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a committed {@code investimento-criado} to the broker, off the request thread. Returning normally tells
 * Modulith the publication is done (its row is deleted); throwing leaves it FAILED for {@link ReenvioDePublicacoes}.
 * The listener id is fixed: pending rows name it, so renaming the method must not orphan them.
 */
@Component
public class PublicadorInvestimentoCriado {

    static final String ID = "investimento-criado-publicador";
    private static final Logger log = LoggerFactory.getLogger(PublicadorInvestimentoCriado.class);

    private final TransporteDeEventos transporte;
    private final JsonMapper json;
    private final Counter publicados;
    private final Counter falhas;

    PublicadorInvestimentoCriado(TransporteDeEventos transporte, JsonMapper json, MeterRegistry metricas) {
        this.transporte = transporte;
        this.json = json;
        this.publicados = Counter.builder("credito.outbox.publicados")
                .description("Eventos investimento-criado aceitos pelo broker")
                .register(metricas);
        this.falhas = Counter.builder("credito.outbox.falhas")
                .description("Tentativas de publicar investimento-criado recusadas ou sem resposta do broker")
                .register(metricas);
    }

    /**
     * Answers a future rather than throwing: Modulith completes or fails the publication from it, and a broker outage
     * is logged once per attempt as a warning instead of as an uncaught async error with a stack trace.
     */
    @Async(MensageriaConfig.EXECUTOR)
    @TransactionalEventListener(id = ID)
    public CompletableFuture<Void> publicar(InvestimentoCriadoPendente pendente) {
        InvestimentoCriadoEvent evento = pendente.evento();
        try {
            transporte.enviar(json.writeValueAsString(evento), atributos(pendente));
        } catch (RuntimeException e) {
            falhas.increment();
            log.warn("Falha ao publicar evento {}: {}", evento.eventId(), causa(e));
            return CompletableFuture.failedFuture(e);
        }
        publicados.increment();
        log.info("Evento {} publicado (idInvestimento={})", evento.eventId(), evento.idInvestimento());
        return CompletableFuture.completedFuture(null);
    }

    private static String causa(Throwable erro) {
        Throwable raiz = erro;
        while (raiz.getCause() != null && raiz.getCause() != raiz) {
            raiz = raiz.getCause();
        }
        return raiz.getClass().getSimpleName();
    }

    private static Map<String, String> atributos(InvestimentoCriadoPendente pendente) {
        Map<String, String> atributos = new LinkedHashMap<>(pendente.rastreio());
        atributos.put("eventType", InvestimentoCriadoEvent.TIPO);
        atributos.put("eventId", pendente.evento().eventId().toString());
        return atributos;
    }
}
