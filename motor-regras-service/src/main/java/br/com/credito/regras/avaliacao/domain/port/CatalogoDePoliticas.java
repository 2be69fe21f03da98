package br.com.credito.regras.avaliacao.domain.port;

import br.com.credito.regras.avaliacao.domain.Politica;
import br.com.credito.regras.avaliacao.domain.PoliticaIndisponivelException;
import java.util.Optional;

/** Where evaluation finds the policy in force, and simulation a candidate version. */
public interface CatalogoDePoliticas {

    /** The active version; throws {@link PoliticaIndisponivelException} when none could be loaded yet. */
    Politica vigente();

    Optional<Politica> versao(int versao);
}
