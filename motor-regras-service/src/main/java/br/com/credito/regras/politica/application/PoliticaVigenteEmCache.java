package br.com.credito.regras.politica.application;

import br.com.credito.regras.avaliacao.domain.Politica;
import br.com.credito.regras.avaliacao.domain.PoliticaIndisponivelException;
import br.com.credito.regras.avaliacao.domain.port.CatalogoDePoliticas;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The version in force, held in memory so that an evaluation never touches the database. Every instance polls the
 * number of the active version on a short schedule and reloads the document only when it changed; a failed poll
 * keeps the last version (decisions go on, reporting the version they used) and the next poll retries.
 */
@Component
public class PoliticaVigenteEmCache implements CatalogoDePoliticas {

    private static final Logger log = LoggerFactory.getLogger(PoliticaVigenteEmCache.class);

    private final RepositorioPoliticas repositorio;
    private final AtomicReference<Politica> vigente = new AtomicReference<>();

    public PoliticaVigenteEmCache(RepositorioPoliticas repositorio) {
        this.repositorio = repositorio;
    }

    @Override
    public Politica vigente() {
        Politica politica = vigente.get();
        if (politica == null) {
            atualizar();
            politica = vigente.get();
        }
        if (politica == null) {
            throw new PoliticaIndisponivelException();
        }
        return politica;
    }

    @Override
    public Optional<Politica> versao(int versao) {
        return repositorio.buscar(versao).map(VersaoPolitica::politica);
    }

    /** Loads the active version if it is not the one in memory. */
    public void atualizar() {
        Optional<Integer> ativa = repositorio.numeroDaAtiva();
        Politica atual = vigente.get();
        if (ativa.isEmpty() || (atual != null && atual.versao() == ativa.get())) {
            return;
        }
        repositorio.buscar(ativa.get()).map(VersaoPolitica::politica).ifPresent(nova -> {
            vigente.set(nova);
            log.info("Politica de credito em vigor: versao {}", nova.versao());
        });
    }

    /** The scheduled refresh: never lets a database hiccup escape to the scheduler. */
    public void atualizarPeriodicamente() {
        try {
            atualizar();
        } catch (RuntimeException e) {
            Politica atual = vigente.get();
            log.warn(
                    "Falha ao consultar a versao ativa da politica; mantida a versao {}",
                    atual == null ? "nenhuma" : atual.versao(),
                    e);
        }
    }
}
