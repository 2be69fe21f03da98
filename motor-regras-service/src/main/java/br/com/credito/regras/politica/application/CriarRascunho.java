package br.com.credito.regras.politica.application;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.politica.domain.RepositorioPoliticas;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Stores a new version as RASCUNHO; only coherent documents are stored, so any version can later be activated. */
@Service
public class CriarRascunho {

    private final ValidarParametros validarParametros;
    private final RepositorioPoliticas repositorio;
    private final Clock relogio;

    public CriarRascunho(ValidarParametros validarParametros, RepositorioPoliticas repositorio, Clock relogio) {
        this.validarParametros = validarParametros;
        this.repositorio = repositorio;
        this.relogio = relogio;
    }

    public VersaoPolitica criar(String descricao, ParametrosPolitica parametros) {
        validarParametros.validar(parametros);
        return repositorio.criarRascunho(descricao, parametros, relogio.instant());
    }
}
