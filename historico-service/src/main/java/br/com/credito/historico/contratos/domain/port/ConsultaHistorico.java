package br.com.credito.historico.contratos.domain.port;

import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import java.util.Optional;

/** The credit-history bureau, as the domain needs it. */
public interface ConsultaHistorico {

    /**
     * @return empty when the bureau does not know the client
     * @throws RuntimeException (unchecked) when the bureau cannot answer: down, slow, failing or circuit open
     */
    Optional<HistoricoDeCredito> consultar(String idCliente);
}
