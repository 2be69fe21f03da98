package br.com.credito.concessao.decisao.adapter.out.flags;

import br.com.credito.concessao.decisao.domain.ModoFallbackScore;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import dev.openfeature.sdk.Client;

/** Reads each flag at the moment of use, with a safe default if the provider cannot answer. */
public class OpenFeatureSinalizadores implements Sinalizadores {

    static final String SCORE_FALLBACK = "score-fallback";
    static final String FANOUT_SEQUENCIAL = "fanout-sequencial";
    static final String RECALCULO_AUTOMATICO = "recalculo-automatico";

    private final Client flags;

    public OpenFeatureSinalizadores(Client flags) {
        this.flags = flags;
    }

    /** Unknown values fall back to EM_ANALISE: a person looks at the case rather than a guessed score. */
    @Override
    public ModoFallbackScore modoFallbackScore() {
        String valor = flags.getStringValue(SCORE_FALLBACK, ModoFallbackScore.EM_ANALISE.name());
        return ModoFallbackScore.SCORE_CONSERVADOR.name().equals(valor)
                ? ModoFallbackScore.SCORE_CONSERVADOR
                : ModoFallbackScore.EM_ANALISE;
    }

    @Override
    public boolean fanoutSequencial() {
        return flags.getBooleanValue(FANOUT_SEQUENCIAL, false);
    }

    @Override
    public boolean recalculoAutomatico() {
        return flags.getBooleanValue(RECALCULO_AUTOMATICO, true);
    }
}
