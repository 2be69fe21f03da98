package br.com.credito.regras.avaliacao.domain;

/** No active policy could be loaded yet (database unreachable at start-up): answered as 503, never as a decision. */
public class PoliticaIndisponivelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PoliticaIndisponivelException() {
        super("Nenhuma versao ativa da politica de credito esta carregada.");
    }
}
