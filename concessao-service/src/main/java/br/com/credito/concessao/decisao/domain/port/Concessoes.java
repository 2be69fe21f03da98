package br.com.credito.concessao.decisao.domain.port;

import br.com.credito.concessao.decisao.domain.Concessao;
import java.util.Optional;
import java.util.UUID;

/** Port: the stored decisions. */
public interface Concessoes {

    void salvar(Concessao concessao);

    Optional<Concessao> buscar(UUID id);

    /** The card's current state: the client's latest applied decision. */
    Optional<Concessao> ultimaAplicada(String idCliente);

    /** Serialises changes to one client's card until the current transaction ends. */
    void travarCliente(String idCliente);
}
