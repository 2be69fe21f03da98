package br.com.credito.regras.politica.application;

import br.com.credito.regras.avaliacao.domain.DadosInvalidosException;
import br.com.credito.regras.avaliacao.domain.ErroValidacao;
import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.avaliacao.domain.ValidadorDeParametros;
import java.util.List;
import org.springframework.stereotype.Service;

/** Checks a parameter document without storing it; an incoherent one is a 400 listing every broken field. */
@Service
public class ValidarParametros {

    private final ValidadorDeParametros validador = new ValidadorDeParametros();

    public void validar(ParametrosPolitica parametros) {
        List<ErroValidacao> erros = validador.validar(parametros);
        if (!erros.isEmpty()) {
            throw new DadosInvalidosException("Parametros da politica incoerentes.", erros);
        }
    }
}
