package br.com.credito.bureau;

/** The simulated APIs, as URL path patterns, so a fault can target one bureau or both. */
public enum ApiBureau {
    SCORE("/score-bureau/.*"),
    HISTORICO("/historico-bureau/.*"),
    TODAS("/(score|historico)-bureau/.*");

    private final String padraoDeCaminho;

    ApiBureau(String padraoDeCaminho) {
        this.padraoDeCaminho = padraoDeCaminho;
    }

    public String padraoDeCaminho() {
        return padraoDeCaminho;
    }
}
