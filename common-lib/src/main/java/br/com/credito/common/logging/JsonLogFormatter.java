package br.com.credito.common.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * One JSON object per log line with the field names the platform's log queries use ({@code trace_id},
 * {@code service_name}, ...). Message and stack trace pass through {@link MascaraPii}, so a careless log statement
 * still cannot put a CPF or client id in CloudWatch.
 */
public final class JsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

    private final JsonWriter<ILoggingEvent> writer;

    public JsonLogFormatter(Environment environment) {
        String servico = environment.getProperty("spring.application.name", "desconhecido");
        this.writer = JsonWriter.<ILoggingEvent>of(m -> {
                    m.add(
                            "timestamp",
                            e -> Instant.ofEpochMilli(e.getTimeStamp()).toString());
                    m.add("level", e -> e.getLevel().toString());
                    m.add("service_name", servico);
                    m.add("trace_id", e -> mdc(e, "traceId")).whenNotNull();
                    m.add("span_id", e -> mdc(e, "spanId")).whenNotNull();
                    m.add("logger", ILoggingEvent::getLoggerName);
                    m.add("thread", ILoggingEvent::getThreadName);
                    m.add("message", e -> MascaraPii.mascarar(e.getFormattedMessage()));
                    m.add("stack_trace", e -> pilha(e.getThrowableProxy())).whenNotNull();
                })
                .withNewLineAtEnd();
    }

    @Override
    public String format(ILoggingEvent event) {
        return writer.writeToString(event);
    }

    private static String mdc(ILoggingEvent event, String chave) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        return mdc == null ? null : mdc.get(chave);
    }

    /** Long enough for the cause chain, short enough that one error does not flood the log pipeline. */
    private static final int MAXIMO_PILHA = 8_000;

    private static String pilha(IThrowableProxy proxy) {
        if (proxy == null) {
            return null;
        }
        String pilha = ThrowableProxyUtil.asString(proxy);
        return MascaraPii.mascarar(pilha.length() > MAXIMO_PILHA ? pilha.substring(0, MAXIMO_PILHA) + "..." : pilha);
    }
}
