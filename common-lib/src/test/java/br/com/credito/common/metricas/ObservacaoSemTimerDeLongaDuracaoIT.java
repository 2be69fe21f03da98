package br.com.credito.common.metricas;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.testsupport.ServidoresDeTeste;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An observation (an HTTP exchange, a Redis command, a use case) records its timer and nothing else: the platform's
 * defaults switch off the long-task timer Micrometer would start and stop beside it on every call.
 */
@SpringBootTest(classes = AplicacaoDeTeste.class)
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class ObservacaoSemTimerDeLongaDuracaoIT {

    @Autowired
    private ObservationRegistry observacoes;

    @Autowired
    private MeterRegistry metricas;

    @Test
    void umaObservacaoRegistraSoOTimer() {
        Observation.createNotStarted("credito.teste.observacao", observacoes).observe(() -> {
            assertThat(metricas.find("credito.teste.observacao.active").meters())
                    .isEmpty();
        });

        assertThat(metricas.find("credito.teste.observacao").timer())
                .isNotNull()
                .extracting(Timer::count)
                .isEqualTo(1L);
        assertThat(metricas.find("credito.teste.observacao.active").longTaskTimer())
                .isNull();
        assertThat(metricas.getMeters()).noneMatch(LongTaskTimer.class::isInstance);
    }
}
