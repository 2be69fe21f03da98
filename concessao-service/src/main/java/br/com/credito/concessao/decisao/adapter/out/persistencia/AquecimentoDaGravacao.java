package br.com.credito.concessao.decisao.adapter.out.persistencia;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.common.aquecimento.ExercicioDeBanco;
import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;
import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.HistoricoDeCredito;
import br.com.credito.concessao.decisao.domain.Motivo;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Warm-up (issue 14): the statements a decision's transaction runs (the client's lock, its current card, the insert
 * of the decision with its JSON columns) for a synthetic client, in a transaction that is always rolled back, so no
 * decision is ever stored. Run on every pooled connection (ExercicioDeBanco). The limit history's insert is left
 * out: its id comes from a sequence, and a rolled-back insert would still consume it.
 */
@Component
record AquecimentoDaGravacao(Concessoes concessoes, TransactionOperations transacao, Clock relogio)
        implements ExercicioDeBanco {

    private static final String CLIENTE_SINTETICO = ClienteSintetico.PREFIXO;

    private static final ResultadoPolitica RECUSA = new ResultadoPolitica(
            CodigoDecisao.REPROVADO,
            "aquecimento",
            BigDecimal.ZERO,
            List.of(new Motivo("AQUECIMENTO", "aquecimento")),
            0);

    @Override
    public String nome() {
        return "concessao-gravacao";
    }

    @Override
    public void executar() {
        // Joins the caller's transaction when there is one: rollback-only then marks that one too.
        transacao.executeWithoutResult(status -> {
            status.setRollbackOnly();
            concessoes.travarCliente(CLIENTE_SINTETICO);
            concessoes.ultimaAplicada(CLIENTE_SINTETICO);
            concessoes.salvar(Concessao.solicitada(entradas(), RECUSA, relogio.instant()));
        });
    }

    private static EntradasDaDecisao entradas() {
        return new EntradasDaDecisao(
                CLIENTE_SINTETICO,
                TipoCartao.GOLD,
                ScoreCliente.indisponivel(),
                HistoricoDeCredito.indisponivel(),
                CarteiraInvestimentos.indisponivel());
    }
}
