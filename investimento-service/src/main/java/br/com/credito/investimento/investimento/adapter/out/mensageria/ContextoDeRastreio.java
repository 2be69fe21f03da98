package br.com.credito.investimento.investimento.adapter.out.mensageria;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The current span as propagation headers ({@code traceparent}, and whatever else the propagator writes). */
@Component
class ContextoDeRastreio {

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    ContextoDeRastreio(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    Map<String, String> atual() {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span == null || p == null) {
            return Map.of();
        }
        Map<String, String> cabecalhos = new LinkedHashMap<>();
        p.inject(span.context(), cabecalhos, Map::put);
        return cabecalhos;
    }
}
