package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;

/** Port: the client's investments. Never throws for an outage: answers {@link CarteiraInvestimentos#indisponivel()}. */
public interface ConsultaInvestimentos {

    CarteiraInvestimentos consultar(String idCliente);
}
