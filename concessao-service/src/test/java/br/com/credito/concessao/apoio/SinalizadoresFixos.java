package br.com.credito.concessao.apoio;

import br.com.credito.concessao.decisao.domain.ModoFallbackScore;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;

public record SinalizadoresFixos(
        ModoFallbackScore modoFallbackScore, boolean fanoutSequencial, boolean recalculoAutomatico)
        implements Sinalizadores {

    public static SinalizadoresFixos padrao() {
        return new SinalizadoresFixos(ModoFallbackScore.EM_ANALISE, false, true);
    }
}
