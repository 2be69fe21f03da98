package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;

/** Arrears beyond the policy's tolerance (90 days is the usual default marker) refuse the request. */
public final class RegraAtrasoGrave implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        int maiorAtraso = 0;
        for (Contrato contrato : solicitacao.contratos()) {
            maiorAtraso = Math.max(maiorAtraso, contrato.diasEmAtraso());
        }
        if (maiorAtraso <= parametros.diasAtrasoMaximo()) {
            return Aprovada.sem(limite);
        }
        return new Reprovada(Motivo.de(
                CodigoMotivo.ATRASO_GRAVE,
                "Contrato com " + maiorAtraso + " dias em atraso (máximo aceito: " + parametros.diasAtrasoMaximo()
                        + ")"));
    }
}
