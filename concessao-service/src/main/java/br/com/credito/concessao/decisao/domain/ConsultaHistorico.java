package br.com.credito.concessao.decisao.domain;

/** Port: the client's credit contracts. Never throws for an outage: answers {@link HistoricoCredito#indisponivel()}. */
public interface ConsultaHistorico {

    HistoricoCredito consultar(String idCliente);
}
