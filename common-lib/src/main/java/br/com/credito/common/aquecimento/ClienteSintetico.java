package br.com.credito.common.aquecimento;

/**
 * The client ids reserved for the warm-up (issue 14): {@value #PREFIXO} followed by a dash and a number. The bank's
 * client ids are digits, so no channel sends one of these for a person. Concessão's warm-up runs whole decisions for
 * them through the real authenticated endpoints of every downstream, and each service recognises them where a real
 * client would leave a trace outside the instance: score and histórico answer them from synthetic data instead of
 * calling the bureaus (a call is billed and counted as a consultation), motor-regras does not count their evaluations
 * in its decision metrics, the caches never store them, and concessão stores their decisions only in transactions
 * that roll back. What they do leave: the technical metrics (HTTP timers, cache reads, the bureau adapters'
 * resilience counters) of those requests.
 */
public final class ClienteSintetico {

    public static final String PREFIXO = "aquecimento-sintetico";

    private ClienteSintetico() {}

    /** The {@code n}-th synthetic client: each warm-up decision takes a new one, so none waits on another's lock. */
    public static String id(int n) {
        return PREFIXO + "-" + n;
    }

    public static boolean eh(String idCliente) {
        return idCliente != null && idCliente.startsWith(PREFIXO);
    }
}
