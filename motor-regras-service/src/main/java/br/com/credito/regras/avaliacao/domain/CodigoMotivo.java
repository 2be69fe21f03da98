package br.com.credito.regras.avaliacao.domain;

/**
 * The reason codes a decision may carry. They are an API: clients and the audit trail branch on them, so a code is
 * never renamed or reused. The score band reasons are {@code SCORE_FAIXA_<classificacao>}.
 */
public enum CodigoMotivo {
    CLIENTE_INADIMPLENTE,
    ATRASO_GRAVE,
    SCORE_MUITO_BAIXO,
    SCORE_INSUFICIENTE_PARA_CARTAO,
    SCORE_INDISPONIVEL,
    HISTORICO_INDISPONIVEL,
    LIMITE_CONSERVADOR,
    DIVIDAS_EM_ABERTO,
    GARANTIA_INVESTIMENTOS,
    INVESTIMENTOS_NAO_CONSIDERADOS,
    LIMITE_NO_TETO,
    LIMITE_ABAIXO_DO_MINIMO_DO_CARTAO
}
