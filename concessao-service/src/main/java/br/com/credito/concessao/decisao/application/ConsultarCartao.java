package br.com.credito.concessao.decisao.application;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import java.util.List;
import org.springframework.stereotype.Service;

/** The card as it stands (latest applied decision) and how its limit got there. */
@Service
public record ConsultarCartao(Concessoes concessoes, HistoricoLimites historicoLimites) {

    public Concessao situacaoAtual(String idCliente) {
        return concessoes.ultimaAplicada(idCliente).orElseThrow(NaoEncontradoException::cliente);
    }

    /** One page of the client's limit changes, oldest first, and how many there are in all (issue 16: bounded). */
    public PaginaDeAlteracoes historicoDeLimites(String idCliente, int pagina, int tamanho) {
        long total = historicoLimites.quantasDoCliente(idCliente);
        if (total == 0) {
            throw NaoEncontradoException.cliente();
        }
        return new PaginaDeAlteracoes(historicoLimites.doCliente(idCliente, pagina, tamanho), total);
    }

    public record PaginaDeAlteracoes(List<AlteracaoLimite> alteracoes, long total) {}
}
