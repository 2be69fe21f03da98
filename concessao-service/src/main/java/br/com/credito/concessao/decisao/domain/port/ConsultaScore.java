package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.ScoreCliente;

/** Port: the client's score. Never throws for an outage: answers {@link ScoreCliente#indisponivel()}. */
public interface ConsultaScore {

    ScoreCliente consultar(String idCliente);
}
