package br.com.credito.regras.politica.domain.port;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface RepositorioPoliticas {

    List<VersaoPolitica> listar();

    Optional<VersaoPolitica> buscar(int versao);

    /** The number of the active version: the cheap query every instance polls. */
    Optional<Integer> numeroDaAtiva();

    /** The active version, locked until the end of the transaction (activation and rollback). */
    Optional<VersaoPolitica> ativaParaTroca();

    VersaoPolitica criarRascunho(String descricao, ParametrosPolitica parametros, Instant criadaEm);

    /** Writes a status change at once, so the next write in the same transaction sees it (one-active index). */
    void gravarStatus(VersaoPolitica versao);
}
