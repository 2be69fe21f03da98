package br.com.credito.concessao.decisao.domain;

public enum CodigoDecisao {
    APROVADO,
    REPROVADO,
    EM_ANALISE;

    /** A card that may have its limit raised by an investment: approved or still under review. */
    public boolean cartaoAtivoOuEmAnalise() {
        return this == APROVADO || this == EM_ANALISE;
    }
}
