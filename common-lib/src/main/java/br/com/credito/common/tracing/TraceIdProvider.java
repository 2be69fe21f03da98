package br.com.credito.common.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;

/** The trace id of the current request, as written in logs and error bodies, so that one can be found from the other. */
public final class TraceIdProvider {

    static final String SEM_TRACE = "00000000000000000000000000000000";

    private final Tracer tracer;

    public TraceIdProvider(Tracer tracer) {
        this.tracer = tracer;
    }

    public String traceIdAtual() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span != null) {
            return span.context().traceId();
        }
        String doMdc = MDC.get("traceId");
        return doMdc != null ? doMdc : SEM_TRACE;
    }
}
