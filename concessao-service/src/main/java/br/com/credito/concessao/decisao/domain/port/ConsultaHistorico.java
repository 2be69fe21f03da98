package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.HistoricoDeCredito;

/** Port: the client's credit contracts. Never throws for an outage: answers {@link HistoricoDeCredito#indisponivel()}. */
public interface ConsultaHistorico {

    HistoricoDeCredito consultar(String idCliente);
}
