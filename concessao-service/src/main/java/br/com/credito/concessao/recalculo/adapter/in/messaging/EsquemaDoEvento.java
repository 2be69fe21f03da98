package br.com.credito.concessao.recalculo.adapter.in.messaging;

import br.com.credito.common.evento.InvestimentoCriadoEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every investimento-criado message is checked against its published JSON schema (common-lib) before anything is
 * recalculated (issue 16, item 5): a message outside the contract (extra fields, a value with fractions of a
 * centavo, an unknown type) is refused, so a forged or broken producer cannot move a limit. The refusal names the
 * schema keywords broken, never the values (they may hold a client id).
 */
final class EsquemaDoEvento {

    private static final ObjectMapper ARVORE = new ObjectMapper();
    private static final JsonSchema INVESTIMENTO_CRIADO = carregar(InvestimentoCriadoEvent.SCHEMA);

    private EsquemaDoEvento() {}

    static void validarInvestimentoCriado(String corpo) {
        Set<ValidationMessage> erros;
        try {
            erros = INVESTIMENTO_CRIADO.validate(ARVORE.readTree(corpo));
        } catch (IOException e) {
            throw new EventoForaDoContratoException("JSON ilegivel");
        }
        if (!erros.isEmpty()) {
            throw new EventoForaDoContratoException(erros.stream()
                    .map(erro -> erro.getType() + " em " + erro.getInstanceLocation())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
    }

    private static JsonSchema carregar(String recurso) {
        try (InputStream esquema = EsquemaDoEvento.class.getClassLoader().getResourceAsStream(recurso)) {
            if (esquema == null) {
                throw new IllegalStateException("Esquema ausente do classpath: " + recurso);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(esquema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message breaks the event's contract: not acknowledged, it ends in the DLQ after the configured receives. */
    static final class EventoForaDoContratoException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EventoForaDoContratoException(String motivo) {
            super("Evento investimento-criado fora do contrato: " + motivo);
        }
    }
}
