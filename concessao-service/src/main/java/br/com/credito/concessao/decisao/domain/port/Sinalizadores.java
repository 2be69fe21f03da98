package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.ModoFallbackScore;

/** Port: the feature flags the decision reads at run time. */
public interface Sinalizadores {

    ModoFallbackScore modoFallbackScore();

    /** Calls the three downstreams one after another instead of in parallel (load-test comparison only). */
    boolean fanoutSequencial();

    boolean recalculoAutomatico();
}
