package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Limits are offered in round steps (e.g. R$ 100), always rounded down: never grant more than computed. */
public final class RegraArredondamento implements RegraDeCredito {

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        BigDecimal passo = parametros.passoArredondamento();
        BigDecimal passos = limite.divide(passo, 0, RoundingMode.FLOOR);
        return Aprovada.sem(passos.multiply(passo).setScale(2, RoundingMode.UNNECESSARY));
    }
}
