package br.com.credito.regras.avaliacao.domain;

import java.util.List;

/** Input or policy parameters that cannot be evaluated; answered as 400 with one entry per field. */
public class DadosInvalidosException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ErroValidacao> erros;

    public DadosInvalidosException(String mensagem, List<ErroValidacao> erros) {
        super(mensagem);
        this.erros = List.copyOf(erros);
    }

    public List<ErroValidacao> erros() {
        return erros;
    }
}
