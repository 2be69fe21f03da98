package br.com.credito.common.security;

/** The scopes of the platform's API (ARCHITECTURE.md); the authorization server and Cognito issue exactly these. */
public final class Escopos {

    public static final String CARTAO_CONCEDER = "cartao:conceder";
    public static final String CARTAO_LER = "cartao:ler";
    public static final String INVESTIMENTO_ESCREVER = "investimento:escrever";
    public static final String INVESTIMENTO_LER = "investimento:ler";
    public static final String HISTORICO_LER = "historico:ler";
    public static final String SCORE_LER = "score:ler";
    public static final String REGRAS_AVALIAR = "regras:avaliar";
    public static final String REGRAS_ADMIN = "regras:admin";

    private Escopos() {}
}
