package br.com.credito.regras.avaliacao.application;

import br.com.credito.regras.avaliacao.domain.Decisao;
import br.com.credito.regras.avaliacao.domain.MotorDeCredito;
import br.com.credito.regras.avaliacao.domain.SolicitacaoCredito;
import br.com.credito.regras.avaliacao.domain.port.CatalogoDePoliticas;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/** Evaluates one request against the version in force; counts decisions by outcome and version for dashboards. */
@Service
public class AvaliarCredito {

    private final CatalogoDePoliticas catalogo;
    private final MeterRegistry metricas;
    private final MotorDeCredito motor = new MotorDeCredito();

    public AvaliarCredito(CatalogoDePoliticas catalogo, MeterRegistry metricas) {
        this.catalogo = catalogo;
        this.metricas = metricas;
    }

    public Decisao avaliar(SolicitacaoCredito solicitacao) {
        Decisao decisao = ensaiar(solicitacao);
        metricas.counter(
                        "regras.decisoes",
                        "codigo",
                        decisao.codigoDecisao().name(),
                        "versao",
                        Integer.toString(decisao.versaoPolitica()))
                .increment();
        return decisao;
    }

    /**
     * The same evaluation, not counted: for the warm-up's synthetic clients (ClienteSintetico), which are no decision
     * a dashboard should show.
     */
    public Decisao ensaiar(SolicitacaoCredito solicitacao) {
        return motor.avaliar(solicitacao, catalogo.vigente());
    }
}
