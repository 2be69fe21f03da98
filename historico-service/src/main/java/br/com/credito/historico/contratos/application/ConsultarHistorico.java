package br.com.credito.historico.contratos.application;

import br.com.credito.common.cache.CacheComReserva;
import br.com.credito.common.cache.Leitura;
import br.com.credito.common.problem.ProblemaException;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.historico.contratos.domain.HistoricoDeCredito;
import br.com.credito.historico.contratos.domain.port.ConsultaHistorico;
import org.springframework.stereotype.Service;

/** Fresh copy, else the bureau, else the stale copy, else the adapter's 503 {@code HISTORICO_INDISPONIVEL}. */
@Service
public class ConsultarHistorico {

    private final ConsultaHistorico bureau;
    private final CacheComReserva<HistoricoDeCredito> cache;

    public ConsultarHistorico(ConsultaHistorico bureau, CacheComReserva<HistoricoDeCredito> cache) {
        this.bureau = bureau;
        this.cache = cache;
    }

    public Leitura<HistoricoDeCredito> executar(String idCliente) {
        return cache.obter(idCliente, () -> bureau.consultar(idCliente))
                .orElseThrow(() -> new ProblemaException(
                        TipoProblema.NAO_ENCONTRADO,
                        "CLIENTE_NAO_ENCONTRADO",
                        "Cliente nao encontrado no bureau de historico de credito."));
    }
}
