package br.com.credito.common.config;

import br.com.credito.common.problem.BaseExceptionHandler;
import br.com.credito.common.problem.DefaultExceptionHandler;
import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.ProblemResponseWriter;
import br.com.credito.common.tracing.TraceIdProvider;
import br.com.credito.common.web.LimiteCorpoFilter;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Wires the shared error and request-size handling into every service. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CreditoCommonAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceIdProvider traceIdProvider(ObjectProvider<Tracer> tracer) {
        return new TraceIdProvider(tracer.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailFactory problemDetailFactory(TraceIdProvider traceIdProvider) {
        return new ProblemDetailFactory(traceIdProvider);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(ProblemDetailFactory problemas, ObjectProvider<JsonMapper> mapper) {
        return new ProblemResponseWriter(problemas, mapper.getIfAvailable(JsonMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean(BaseExceptionHandler.class)
    DefaultExceptionHandler defaultExceptionHandler(ProblemDetailFactory problemas) {
        return new DefaultExceptionHandler(problemas);
    }

    /** Runs right after tracing (so a 413 carries a trace id) and before security and body parsing. */
    @Bean
    FilterRegistrationBean<LimiteCorpoFilter> limiteCorpoFilter(Environment env, ProblemResponseWriter writer) {
        DataSize limite = env.getProperty("credito.http.limite-corpo", DataSize.class, DataSize.ofKilobytes(64));
        var registro = new FilterRegistrationBean<>(new LimiteCorpoFilter(limite.toBytes(), writer));
        registro.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registro;
    }
}
