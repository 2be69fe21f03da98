package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica.TratamentoRiscoIndefinido;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.EmAnalise;
import java.math.BigDecimal;

/**
 * A missing score or history leaves the risk undetermined. The policy says whether an analyst decides (EM_ANALISE)
 * or a small conservative limit is granted; refusals that the known data already justify still win, because the
 * eligibility rules all run before a decision is taken.
 */
public final class RegraRiscoIndefinido implements RegraDeCredito {

    /** Which input this instance watches. */
    public enum Dado {
        SCORE(CodigoMotivo.SCORE_INDISPONIVEL, "Score indisponível"),
        HISTORICO(CodigoMotivo.HISTORICO_INDISPONIVEL, "Histórico de crédito indisponível");

        private final CodigoMotivo codigo;
        private final String texto;

        Dado(CodigoMotivo codigo, String texto) {
            this.codigo = codigo;
            this.texto = texto;
        }
    }

    private final Dado dado;

    public RegraRiscoIndefinido(Dado dado) {
        this.dado = dado;
    }

    @Override
    public ResultadoRegra aplicar(SolicitacaoCredito solicitacao, ParametrosPolitica parametros, BigDecimal limite) {
        boolean indisponivel =
                dado == Dado.SCORE ? solicitacao.scoreIndisponivel() : solicitacao.historicoIndisponivel();
        if (!indisponivel) {
            return Aprovada.sem(limite);
        }
        var risco = parametros.riscoIndefinido();
        var tratamento = dado == Dado.SCORE ? risco.scoreIndisponivel() : risco.historicoIndisponivel();
        if (tratamento == TratamentoRiscoIndefinido.EM_ANALISE) {
            return new EmAnalise(Motivo.de(dado.codigo, dado.texto + ": risco indefinido, requer análise manual"));
        }
        return Aprovada.com(
                limite,
                Motivo.de(
                        CodigoMotivo.LIMITE_CONSERVADOR,
                        dado.texto + ": limite conservador de até " + Dinheiro.formatar(risco.limiteConservador())));
    }
}
