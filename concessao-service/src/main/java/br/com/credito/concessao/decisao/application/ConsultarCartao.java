package br.com.credito.concessao.decisao.application;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.Concessoes;
import br.com.credito.concessao.decisao.domain.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import java.util.List;

/** The card as it stands (latest applied decision) and how its limit got there. */
public class ConsultarCartao {

    private final Concessoes concessoes;
    private final HistoricoLimites historicoLimites;

    public ConsultarCartao(Concessoes concessoes, HistoricoLimites historicoLimites) {
        this.concessoes = concessoes;
        this.historicoLimites = historicoLimites;
    }

    public Concessao situacaoAtual(String idCliente) {
        return concessoes.ultimaAplicada(idCliente).orElseThrow(NaoEncontradoException::cliente);
    }

    public List<AlteracaoLimite> historicoDeLimites(String idCliente) {
        List<AlteracaoLimite> alteracoes = historicoLimites.doCliente(idCliente);
        if (alteracoes.isEmpty()) {
            throw NaoEncontradoException.cliente();
        }
        return alteracoes;
    }
}
