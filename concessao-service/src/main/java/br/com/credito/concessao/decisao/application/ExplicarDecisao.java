package br.com.credito.concessao.decisao.application;

import br.com.credito.concessao.decisao.domain.Explicacao;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.RedatorDeExplicacao;
import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** LGPD art. 20: explains a stored decision and records the customer's request for a human review of it. */
@Service
public record ExplicarDecisao(Concessoes concessoes, SolicitacoesRevisao revisoes) {

    private static final RedatorDeExplicacao REDATOR = new RedatorDeExplicacao();

    public Explicacao explicar(UUID idConcessao) {
        return concessoes.buscar(idConcessao).map(REDATOR::explicar).orElseThrow(NaoEncontradoException::concessao);
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
