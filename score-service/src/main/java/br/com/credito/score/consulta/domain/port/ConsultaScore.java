package br.com.credito.score.consulta.domain.port;

import br.com.credito.score.consulta.domain.ScoreCliente;
import java.util.Optional;

/** The score bureau, as the domain needs it. */
public interface ConsultaScore {

    /**
     * @return empty when the bureau does not know the client
     * @throws RuntimeException (unchecked) when the bureau cannot answer: down, slow, failing or circuit open
     */
    Optional<ScoreCliente> consultar(String idCliente);
}
