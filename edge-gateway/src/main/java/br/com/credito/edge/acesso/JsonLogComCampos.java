package br.com.credito.edge.acesso;

import br.com.credito.common.logging.JsonLogFormatter;
import br.com.credito.common.logging.MascaraPii;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * The platform's JSON log line plus the event's key/value pairs as top-level fields, so the access log is queryable
 * field by field ({@code status}, {@code duration_ms}...) instead of parsing a message. Every other line is exactly
 * common-lib's. String values pass through {@link MascaraPii} like the message does.
 */
public final class JsonLogComCampos implements StructuredLogFormatter<ILoggingEvent> {

    private final JsonLogFormatter plataforma;

    public JsonLogComCampos(Environment environment) {
        this.plataforma = new JsonLogFormatter(environment);
    }

    @Override
    public String format(ILoggingEvent event) {
        String linha = plataforma.format(event);
        List<KeyValuePair> pares = event.getKeyValuePairs();
        if (pares == null || pares.isEmpty()) {
            return linha;
        }
        Map<String, Object> campos = new LinkedHashMap<>();
        for (KeyValuePair par : pares) {
            if (par.value != null) {
                campos.put(par.key, par.value instanceof String texto ? MascaraPii.mascarar(texto) : par.value);
            }
        }
        String extras = JsonWriter.standard().writeToString(campos);
        int fim = linha.lastIndexOf('}');
        return extras.length() <= 2 ? linha : linha.substring(0, fim) + "," + extras.substring(1) + "\n";
    }
}
