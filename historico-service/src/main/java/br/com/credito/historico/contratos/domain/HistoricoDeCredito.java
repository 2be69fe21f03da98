package br.com.credito.historico.contratos.domain;

import java.util.List;
import java.util.Objects;

/** Everything the bureau knows of a client's contracts; an empty list is a client with no credit history. */
public record HistoricoDeCredito(String idCliente, List<Contrato> contratos) {

    public HistoricoDeCredito {
        Objects.requireNonNull(idCliente, "idCliente");
        contratos = List.copyOf(contratos);
    }
}
