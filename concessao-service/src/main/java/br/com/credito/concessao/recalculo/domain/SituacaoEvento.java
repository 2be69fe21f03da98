package br.com.credito.concessao.recalculo.domain;

/** How an investment event was handled; stored with the event id. */
public enum SituacaoEvento {
    LIMITE_ELEVADO,
    LIMITE_MANTIDO,
    ENVIADO_PARA_REVISAO,
    SEM_CARTAO_ELEGIVEL,
    RECALCULO_DESLIGADO,
    JA_PROCESSADO
}
