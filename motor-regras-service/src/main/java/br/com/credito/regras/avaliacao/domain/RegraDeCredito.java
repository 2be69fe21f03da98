package br.com.credito.regras.avaliacao.domain;

import java.math.BigDecimal;

/** One named rule of the policy. Pure: the same request, parameters and limit always give the same result. */
@FunctionalInterface
public interface RegraDeCredito {

    ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite);
}
