package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;

/** A contract in default refuses the request whatever the score: the client is not paying what it already owes. */
public final class RegraInadimplencia implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        int inadimplentes = 0;
        for (Contrato contrato : solicitacao.contratos()) {
            if (contrato.inadimplente()) {
                inadimplentes++;
            }
        }
        if (inadimplentes == 0) {
            return Aprovada.sem(limite);
        }
        return new Reprovada(Motivo.de(
                CodigoMotivo.CLIENTE_INADIMPLENTE, "Cliente com " + inadimplentes + " contrato(s) inadimplente(s)"));
    }
}
