package br.com.credito.concessao.decisao.application;

import br.com.credito.concessao.decisao.domain.Explicacao;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.RedatorDeExplicacao;
import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import java.util.UUID;

/** LGPD art. 20: explains a stored decision and records the customer's request for a human review of it. */
public class ExplicarDecisao {

    private final Concessoes concessoes;
    private final SolicitacoesRevisao revisoes;
    private final RedatorDeExplicacao redator = new RedatorDeExplicacao();

    public ExplicarDecisao(Concessoes concessoes, SolicitacoesRevisao revisoes) {
        this.concessoes = concessoes;
        this.revisoes = revisoes;
    }

    public Explicacao explicar(UUID idConcessao) {
        return concessoes.buscar(idConcessao).map(redator::explicar).orElseThrow(NaoEncontradoException::concessao);
    }

    /** A repeated request for the same decision answers the protocol already given instead of opening another. */
    public SolicitacaoRevisao solicitarRevisao(UUID idConcessao, String justificativa) {
        if (concessoes.buscar(idConcessao).isEmpty()) {
            throw NaoEncontradoException.concessao();
        }
        return revisoes.buscar(idConcessao, OrigemRevisao.CLIENTE)
                .orElseGet(() -> revisoes.registrar(idConcessao, OrigemRevisao.CLIENTE, justificativa));
    }
}
