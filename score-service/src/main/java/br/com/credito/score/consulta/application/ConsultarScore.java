package br.com.credito.score.consulta.application;

import br.com.credito.common.cache.CacheComReserva;
import br.com.credito.common.cache.Leitura;
import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.score.consulta.domain.ScoreCliente;
import br.com.credito.score.consulta.domain.port.ConsultaScore;
import org.springframework.stereotype.Service;

/** The bureau behind the cache: fresh copy, else the bureau, else the stale copy, else 503 from the adapter. */
@Service
public class ConsultarScore {

    private final ConsultaScore bureau;
    private final CacheComReserva<ScoreCliente> cache;

    public ConsultarScore(ConsultaScore bureau, CacheComReserva<ScoreCliente> cache) {
        this.bureau = bureau;
        this.cache = cache;
    }

    public Leitura<ScoreCliente> executar(String idCliente) {
        return cache.obter(idCliente, () -> bureau.consultar(idCliente))
                .orElseThrow(() -> new ProblemaException(
                        TipoProblema.NAO_ENCONTRADO,
                        "CLIENTE_NAO_ENCONTRADO",
                        "Cliente nao encontrado no bureau de score."));
    }
}
