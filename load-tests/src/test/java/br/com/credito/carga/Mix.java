package br.com.credito.carga;

/**
 * Share of the arrival rate per kind of request. New clients miss the score/historico caches; returning clients hit
 * them; status reads and investments use the returning clients, who hold a card.
 */
record Mix(double novos, double recorrentes, double status, double investimentos) {

    static final Mix DIA = new Mix(0.2, 0.4, 0.3, 0.1);
    static final Mix SO_CONCESSAO = new Mix(0.5, 0.5, 0, 0);

    Mix {
        if (novos < 0
                || recorrentes < 0
                || status < 0
                || investimentos < 0
                || total(novos, recorrentes, status, investimentos) <= 0) {
            throw new IllegalArgumentException("carga.mix.* deve ter pesos >= 0 e ao menos um > 0");
        }
    }

    static Mix de(Propriedades p, Mix padrao) {
        return new Mix(
                p.decimal("carga.mix.novos", padrao.novos()),
                p.decimal("carga.mix.recorrentes", padrao.recorrentes()),
                p.decimal("carga.mix.status", padrao.status()),
                p.decimal("carga.mix.investimentos", padrao.investimentos()));
    }

    /** Arrival rate of one kind, from the weights normalized to 1. */
    double taxa(double peso, double tpsTotal) {
        return tpsTotal * peso / total(novos, recorrentes, status, investimentos);
    }

    private static double total(double a, double b, double c, double d) {
        return a + b + c + d;
    }
}
