package br.com.credito.concessao.decisao.domain;

/** A client without any decision, or an unknown decision id. The message is safe for clients (no personal data). */
public class NaoEncontradoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String codigo;

    private NaoEncontradoException(String codigo, String mensagem) {
        super(mensagem);
        this.codigo = codigo;
    }

    public static NaoEncontradoException cliente() {
        return new NaoEncontradoException("CLIENTE_NAO_ENCONTRADO", "Não há concessão de cartão para este cliente.");
    }

    public static NaoEncontradoException concessao() {
        return new NaoEncontradoException("CONCESSAO_NAO_ENCONTRADA", "Concessão não encontrada.");
    }

    public String codigo() {
        return codigo;
    }
}
