package br.com.credito.common.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
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

    /**
     * A cap so that one error cannot flood the log pipeline. Within it every cause of the chain is written with its
     * first frames: cutting the full trace at the cap lost the root cause (a Spring request's first exception alone
     * runs past 8 KB of filter frames), and the root cause is what the reader needs.
     */
    private static final int MAXIMO_PILHA = 8_000;

    private static final int QUADROS_POR_CAUSA = 12;
    private static final int MAXIMO_DE_CAUSAS = 10;

    static String pilha(IThrowableProxy proxy) {
        if (proxy == null) {
            return null;
        }
        StringBuilder texto = new StringBuilder();
        IThrowableProxy atual = proxy;
        for (int causa = 0; atual != null && causa < MAXIMO_DE_CAUSAS; causa++, atual = atual.getCause()) {
            if (causa > 0) {
                texto.append("Caused by: ");
            }
            texto.append(atual.getClassName());
            if (atual.getMessage() != null) {
                texto.append(": ").append(atual.getMessage());
            }
            texto.append('\n');
            StackTraceElementProxy[] quadros = atual.getStackTraceElementProxyArray();
            int escritos = Math.min(QUADROS_POR_CAUSA, quadros.length);
            for (int i = 0; i < escritos; i++) {
                texto.append("\tat ").append(quadros[i].getStackTraceElement()).append('\n');
            }
            if (quadros.length > escritos) {
                texto.append("\t... ").append(quadros.length - escritos).append(" more\n");
            }
        }
        String pilha = texto.length() > MAXIMO_PILHA ? texto.substring(0, MAXIMO_PILHA) + "..." : texto.toString();
        return MascaraPii.mascarar(pilha);
    }
}
