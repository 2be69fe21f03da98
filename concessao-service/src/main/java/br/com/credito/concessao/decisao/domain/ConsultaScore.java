package br.com.credito.concessao.decisao.domain;

/** Port: the client's score. Never throws for an outage: answers {@link ScoreCliente#indisponivel()}. */
public interface ConsultaScore {

    ScoreCliente consultar(String idCliente);
}
