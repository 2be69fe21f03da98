package br.com.credito.concessao.decisao.domain;

/** Told of each decision that was stored (not of idempotent replays), so decisions can be counted by outcome. */
@FunctionalInterface
public interface RegistroDecisoes {

    void decisaoTomada(Concessao concessao);
}
