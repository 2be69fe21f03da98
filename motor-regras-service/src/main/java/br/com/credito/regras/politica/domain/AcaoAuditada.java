package br.com.credito.regras.politica.domain;

/** What a principal did to a policy version. */
public enum AcaoAuditada {
    CRIADA,
    ATIVADA,
    /** Put back in force by a rollback. */
    REVERTIDA
}
