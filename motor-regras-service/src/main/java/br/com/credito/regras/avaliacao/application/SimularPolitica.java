package br.com.credito.regras.avaliacao.application;

import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.regras.avaliacao.domain.ComparadorDePoliticas;
import br.com.credito.regras.avaliacao.domain.Politica;
import br.com.credito.regras.avaliacao.domain.Simulacao;
import br.com.credito.regras.avaliacao.domain.SolicitacaoCredito;
import br.com.credito.regras.avaliacao.domain.port.CatalogoDePoliticas;
import java.util.List;
import org.springframework.stereotype.Service;

/** Compares a candidate version with the one in force on a caller's batch; changes nothing. */
@Service
public class SimularPolitica {

    private final CatalogoDePoliticas catalogo;
    private final ComparadorDePoliticas comparador = new ComparadorDePoliticas();

    public SimularPolitica(CatalogoDePoliticas catalogo) {
        this.catalogo = catalogo;
    }

    public Simulacao simular(int versaoCandidata, List<SolicitacaoCredito> lote) {
        Politica candidata = catalogo.versao(versaoCandidata)
                .orElseThrow(() -> new ProblemaException(
                        TipoProblema.NAO_ENCONTRADO,
                        "VERSAO_INEXISTENTE",
                        "Versao " + versaoCandidata + " da politica nao existe."));
        return comparador.comparar(lote, catalogo.vigente(), candidata);
    }
}
