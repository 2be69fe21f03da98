package br.com.credito.concessao.recalculo.application;

import br.com.credito.concessao.decisao.application.Avaliacao;
import br.com.credito.concessao.decisao.application.AvaliarCliente;
import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import br.com.credito.concessao.recalculo.domain.DesfechoRecalculo;
import br.com.credito.concessao.recalculo.domain.InvestimentoRegistrado;
import br.com.credito.concessao.recalculo.domain.PoliticaDeRecalculo;
import br.com.credito.concessao.recalculo.domain.SituacaoEvento;
import br.com.credito.concessao.recalculo.domain.port.EventosProcessados;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A client invested: decide again (same fan-out and policy) and raise the limit if the policy allows more. The event
 * id is recorded in the same transaction as the limit change, so a redelivered event changes nothing; any exception
 * propagates so that the message is not acknowledged and comes back after its visibility timeout.
 */
@Service
public record RecalcularLimite(
        AvaliarCliente avaliarCliente,
        Concessoes concessoes,
        HistoricoLimites historicoLimites,
        SolicitacoesRevisao revisoes,
        EventosProcessados eventos,
        Sinalizadores sinalizadores,
        TransactionOperations transacao,
        Clock relogio) {

    private static final PoliticaDeRecalculo POLITICA = new PoliticaDeRecalculo();

    public SituacaoEvento executar(InvestimentoRegistrado evento) {
        if (eventos.jaProcessado(evento.idEvento())) {
            return SituacaoEvento.JA_PROCESSADO;
        }
        if (!sinalizadores.recalculoAutomatico()) {
            return semDecisao(evento, SituacaoEvento.RECALCULO_DESLIGADO);
        }
        Optional<Concessao> atual = concessoes.ultimaAplicada(evento.idCliente());
        if (atual.isEmpty()) {
            return semDecisao(evento, SituacaoEvento.SEM_CARTAO_ELEGIVEL);
        }
        Avaliacao avaliacao = avaliarCliente.avaliar(
                evento.idCliente(), atual.get().entradas().tipoCartao());
        return transacao.execute(status -> {
            SituacaoEvento situacao = aplicar(evento, avaliacao);
            if (situacao == SituacaoEvento.JA_PROCESSADO) {
                status.setRollbackOnly();
            }
            return situacao;
        });
    }

    private SituacaoEvento aplicar(InvestimentoRegistrado evento, Avaliacao avaliacao) {
        // The client lock serialises this with any other change to the card, redeliveries of this event included.
        concessoes.travarCliente(evento.idCliente());
        Optional<Concessao> atual = concessoes.ultimaAplicada(evento.idCliente());
        if (eventos.jaProcessado(evento.idEvento()) || atual.isEmpty()) {
            return SituacaoEvento.JA_PROCESSADO;
        }
        DesfechoRecalculo desfecho = POLITICA.decidir(atual.get(), avaliacao.resultado());
        boolean elevar = desfecho instanceof DesfechoRecalculo.Elevar;
        Concessao nova = Concessao.recalculada(
                avaliacao.entradas(), avaliacao.resultado(), evento.idEvento(), elevar, relogio.instant());
        concessoes.salvar(nova);
        SituacaoEvento situacao = switch (desfecho) {
            case DesfechoRecalculo.Elevar e -> {
                AlteracaoLimite.entre(atual, nova).ifPresent(historicoLimites::registrar);
                yield SituacaoEvento.LIMITE_ELEVADO;
            }
            case DesfechoRecalculo.Manter m -> SituacaoEvento.LIMITE_MANTIDO;
            case DesfechoRecalculo.EncaminharParaRevisao r -> {
                revisoes.registrar(nova.id(), OrigemRevisao.RECALCULO_REDUCAO, null);
                yield SituacaoEvento.ENVIADO_PARA_REVISAO;
            }
        };
        return eventos.registrar(evento.idEvento(), situacao, nova.id()) ? situacao : SituacaoEvento.JA_PROCESSADO;
    }

    private SituacaoEvento semDecisao(InvestimentoRegistrado evento, SituacaoEvento situacao) {
        Boolean registrado = transacao.execute(s -> eventos.registrar(evento.idEvento(), situacao, null));
        return Boolean.TRUE.equals(registrado) ? situacao : SituacaoEvento.JA_PROCESSADO;
    }
}
