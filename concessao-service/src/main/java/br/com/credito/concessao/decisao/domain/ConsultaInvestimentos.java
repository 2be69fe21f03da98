package br.com.credito.concessao.decisao.domain;

/** Port: the client's investments. Never throws for an outage: answers {@link CarteiraInvestimentos#indisponivel()}. */
public interface ConsultaInvestimentos {

    CarteiraInvestimentos consultar(String idCliente);
}
