package br.com.credito.regras.politica.application;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public record ConsultarPoliticas(RepositorioPoliticas repositorio) {

    public List<VersaoPolitica> listar() {
        return repositorio.listar();
    }

    public VersaoPolitica buscar(int versao) {
        return repositorio.buscar(versao).orElseThrow(() -> TrocaDeVersaoAtiva.inexistente(versao));
    }

    /** The active version as stored now (the cache of an instance may lag by one refresh interval). */
    public VersaoPolitica ativa() {
        return repositorio
                .numeroDaAtiva()
                .flatMap(repositorio::buscar)
                .orElseThrow(() -> new ProblemaException(
                        TipoProblema.NAO_ENCONTRADO, "SEM_VERSAO_ATIVA", "Nenhuma versao da politica esta ativa."));
    }
}
