package br.com.credito.concessao.decisao.adapter.out.metricas;

import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.port.RegistroDecisoes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code credito.concessao.decisoes{codigoDecisao}}: the CloudWatch alarms and both dashboards read this exact name
 * and tag set (every tag is a CloudWatch dimension), so no other tag is added.
 */
@Component
public record DecisoesMicrometer(MeterRegistry metricas) implements RegistroDecisoes {

    static final String METRICA = "credito.concessao.decisoes";

    @Override
    public void decisaoTomada(Concessao concessao) {
        Counter.builder(METRICA)
                .description("Decisoes de concessao gravadas, por resultado")
                .tag("codigoDecisao", concessao.codigoDecisao().name())
                .register(metricas)
                .increment();
    }
}
