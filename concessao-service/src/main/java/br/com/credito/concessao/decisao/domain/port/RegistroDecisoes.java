package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.Concessao;

/** Told of each decision that was stored (not of idempotent replays), so decisions can be counted by outcome. */
@FunctionalInterface
public interface RegistroDecisoes {

    void decisaoTomada(Concessao concessao);
}
