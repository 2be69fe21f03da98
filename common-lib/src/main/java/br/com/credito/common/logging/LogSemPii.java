package br.com.credito.common.logging;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.json.WritableJson;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Boot's structured JSON log line with the platform's masking: every text value (message, stack trace, the event's
 * key/value pairs and MDC entries) passes through {@link MascaraPii}, so a careless log statement still cannot put a
 * CPF or client id in CloudWatch. Registered in {@code META-INF/spring.factories}, so it applies in every service
 * that has common-lib, whatever that service sets under {@code logging.structured.json}.
 *
 * <p>Left out are the fields that never carry personal data and whose digits could pass for a CPF (a trace id is 32
 * hex digits: one time in a few dozen it holds a run of exactly eleven decimal digits). Paths are Boot's own member
 * names, before {@code logging.structured.json.rename}.
 */
public final class LogSemPii implements StructuredLoggingJsonMembersCustomizer<Object> {

    static final Set<String> SEM_DADOS_PESSOAIS =
            Set.of("@timestamp", "level", "logger_name", "thread_name", "traceId", "spanId");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(LogSemPii::mascarar)
                .whenHasPath(caminho -> !SEM_DADOS_PESSOAIS.contains(caminho.toUnescapedString())));
    }

    /**
     * Any value the writer would print through {@code toString()} is masked as text: a record passed as a key/value
     * pair prints its fields, an {@code idCliente} among them. Numbers, booleans and containers pass (a container's
     * elements come back here one by one).
     */
    static Object mascarar(Object valor) {
        if (valor == null
                || valor instanceof Number
                || valor instanceof Boolean
                || valor instanceof Iterable<?>
                || valor instanceof Map<?, ?>
                || valor instanceof WritableJson
                || valor.getClass().isArray()) {
            return valor;
        }
        return MascaraPii.mascarar(valor.toString());
    }
}
