package br.com.credito.concessao.decisao.application;

import br.com.credito.common.aquecimento.ClienteSintetico;
import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import br.com.credito.concessao.decisao.domain.ChaveIdempotencia;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.ConflitoDeIdempotenciaException;
import br.com.credito.concessao.decisao.domain.SolicitacaoConcessao;
import br.com.credito.concessao.decisao.domain.port.ChavesDeIdempotencia;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.port.RegistroDecisoes;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A channel asks for a card: decide (fan-out + policy) and store the decision. With an Idempotency-Key, the key is
 * stored in the SAME transaction as the decision under a unique constraint, so concurrent requests with one key store
 * one decision; the loser rolls back and answers the winner's decision.
 */
@Service
public record AnalisarSolicitacao(
        AvaliarCliente avaliarCliente,
        Concessoes concessoes,
        HistoricoLimites historicoLimites,
        ChavesDeIdempotencia chaves,
        TransactionOperations transacao,
        Clock relogio,
        RegistroDecisoes registro) {

    /** {@code chave}: the Idempotency-Key, or null; without a caller (tests, internal use) keys share one scope. */
    public Concessao executar(SolicitacaoConcessao solicitacao, String chave) {
        return executar(solicitacao, "", chave);
    }

    /** {@code dono}: the calling client, the scope of its keys; {@code chave}: the Idempotency-Key, or null. */
    public Concessao executar(SolicitacaoConcessao solicitacao, String dono, String chave) {
        Optional<Concessao> repetida = chave == null ? Optional.empty() : original(dono, chave, solicitacao);
        if (repetida.isPresent()) {
            return repetida.get();
        }
        Avaliacao avaliacao = avaliarCliente.avaliar(solicitacao.idCliente(), solicitacao.tipoCartao());
        Concessao nova = Concessao.solicitada(avaliacao.entradas(), avaliacao.resultado(), relogio.instant());
        Boolean gravada = transacao.execute(status -> gravar(nova, solicitacao, dono, chave));
        if (Boolean.TRUE.equals(gravada)) {
            registro.decisaoTomada(nova);
            return nova;
        }
        return original(dono, chave, solicitacao).orElseThrow(() -> new IllegalStateException("chave sem concessao"));
    }

    /**
     * Warm-up (issue 14): the whole decision for a synthetic client ({@link ClienteSintetico}), as a channel's request
     * runs it: the fan-out to every downstream's business endpoint, the policy, and the statements that store it, in a
     * transaction that always rolls back. Nothing is kept or counted. The limit history's insert is left out: its id
     * comes from a sequence, and a rolled-back nextval is still consumed.
     */
    public Concessao ensaiar(SolicitacaoConcessao solicitacao) {
        if (!ClienteSintetico.eh(solicitacao.idCliente())) {
            throw new IllegalArgumentException("ensaio so para clientes sinteticos");
        }
        Avaliacao avaliacao = avaliarCliente.avaliar(solicitacao.idCliente(), solicitacao.tipoCartao());
        Concessao nova = Concessao.solicitada(avaliacao.entradas(), avaliacao.resultado(), relogio.instant());
        transacao.executeWithoutResult(status -> {
            status.setRollbackOnly();
            concessoes.travarCliente(nova.idCliente());
            concessoes.ultimaAplicada(nova.idCliente());
            concessoes.salvar(nova);
        });
        return nova;
    }

    private boolean gravar(Concessao nova, SolicitacaoConcessao solicitacao, String dono, String chave) {
        if (chave != null && !chaves.reservar(new ChaveIdempotencia(dono, chave, solicitacao.hash(), nova.id()))) {
            return false;
        }
        concessoes.travarCliente(nova.idCliente());
        Optional<Concessao> anterior = concessoes.ultimaAplicada(nova.idCliente());
        concessoes.salvar(nova);
        AlteracaoLimite.entre(anterior, nova).ifPresent(historicoLimites::registrar);
        return true;
    }

    private Optional<Concessao> original(String dono, String chave, SolicitacaoConcessao solicitacao) {
        return chaves.buscar(dono, chave).map(existente -> {
            if (!existente.mesmoCorpo(solicitacao)) {
                throw new ConflitoDeIdempotenciaException();
            }
            return concessoes
                    .buscar(existente.idConcessao())
                    .orElseThrow(() -> new IllegalStateException("chave sem concessao"));
        });
    }
}
