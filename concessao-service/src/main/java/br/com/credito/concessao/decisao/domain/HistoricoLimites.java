package br.com.credito.concessao.decisao.domain;

import java.util.List;

/** Port: the limit history of each client. */
public interface HistoricoLimites {

    void registrar(AlteracaoLimite alteracao);

    /** Oldest first. */
    List<AlteracaoLimite> doCliente(String idCliente);
}
