package br.com.credito.concessao.decisao.domain;

/** What to hand the policy when the score is missing (feature flag): undetermined risk, or a conservative score. */
public enum ModoFallbackScore {
    EM_ANALISE,
    SCORE_CONSERVADOR
}
