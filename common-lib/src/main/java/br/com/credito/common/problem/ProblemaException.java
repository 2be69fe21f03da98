package br.com.credito.common.problem;

/**
 * Raised by adapters and application code that already know which problem a request ended in (for example a
 * downstream that is unavailable). Its {@code detalhe} is written for clients and must hold no personal data.
 */
public class ProblemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TipoProblema tipo;
    private final String codigo;

    public ProblemaException(TipoProblema tipo, String codigo, String detalhe) {
        super(detalhe);
        this.tipo = tipo;
        this.codigo = codigo;
    }

    public ProblemaException(TipoProblema tipo, String codigo, String detalhe, Throwable causa) {
        super(detalhe, causa);
        this.tipo = tipo;
        this.codigo = codigo;
    }

    public TipoProblema tipo() {
        return tipo;
    }

    public String codigo() {
        return codigo;
    }

    public String detalhe() {
        return getMessage();
    }
}
