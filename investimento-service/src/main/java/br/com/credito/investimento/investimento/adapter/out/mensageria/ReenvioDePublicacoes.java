package br.com.credito.investimento.investimento.adapter.out.mensageria;

import br.com.credito.investimento.config.InvestimentoProperties;
import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Heals a broker outage by itself: resubmits FAILED publications whose backoff is over. Modulith claims each one
 * with a conditional update (status to RESUBMITTED) before invoking the listener, so two instances, or two ticks,
 * never send the same row at once; rows being sent (PROCESSING/RESUBMITTED) are not FAILED and are not picked.
 */
@Component
class ReenvioDePublicacoes {

    private final IncompleteEventPublications publicacoes;
    private final EsperaExponencial espera;
    private final int lote;
    private final Clock clock;

    ReenvioDePublicacoes(IncompleteEventPublications publicacoes, InvestimentoProperties propriedades, Clock clock) {
        var reenvio = propriedades.eventos().reenvio();
        this.publicacoes = publicacoes;
        this.espera = new EsperaExponencial(reenvio.esperaInicial(), reenvio.esperaMaxima());
        this.lote = reenvio.lote();
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${investimento.eventos.reenvio.intervalo}",
            fixedDelayString = "${investimento.eventos.reenvio.intervalo}")
    void reenviar() {
        Instant agora = clock.instant();
        publicacoes.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withBatchSize(lote)
                .withMaxInFlight(lote)
                .withFilter(p -> espera.podeTentar(p.getCompletionAttempts(), p.getLastResubmissionDate(), agora)));
    }
}
