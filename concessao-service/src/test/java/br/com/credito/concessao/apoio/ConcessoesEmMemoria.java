package br.com.credito.concessao.apoio;

import br.com.credito.concessao.decisao.domain.AlteracaoLimite;
import br.com.credito.concessao.decisao.domain.ChaveIdempotencia;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.OrigemRevisao;
import br.com.credito.concessao.decisao.domain.SolicitacaoRevisao;
import br.com.credito.concessao.decisao.domain.port.ChavesDeIdempotencia;
import br.com.credito.concessao.decisao.domain.port.Concessoes;
import br.com.credito.concessao.decisao.domain.port.HistoricoLimites;
import br.com.credito.concessao.decisao.domain.port.SolicitacoesRevisao;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory stores behind the decision's storage ports, for use-case tests. */
public class ConcessoesEmMemoria implements Concessoes, HistoricoLimites, ChavesDeIdempotencia, SolicitacoesRevisao {

    public final List<Concessao> concessoes = new CopyOnWriteArrayList<>();
    public final List<AlteracaoLimite> alteracoes = new CopyOnWriteArrayList<>();
    public final Map<String, ChaveIdempotencia> chaves = new ConcurrentHashMap<>();
    public final List<SolicitacaoRevisao> revisoes = new CopyOnWriteArrayList<>();

    @Override
    public void salvar(Concessao concessao) {
        concessoes.add(concessao);
    }

    @Override
    public Optional<Concessao> buscar(UUID id) {
        return concessoes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Concessao> ultimaAplicada(String idCliente) {
        List<Concessao> aplicadas = concessoes.stream()
                .filter(c -> c.idCliente().equals(idCliente) && c.aplicada())
                .toList();
        return aplicadas.isEmpty() ? Optional.empty() : Optional.of(aplicadas.getLast());
    }

    @Override
    public void travarCliente(String idCliente) {
        // One thread per test: nothing to serialise.
    }

    @Override
    public void registrar(AlteracaoLimite alteracao) {
        alteracoes.add(alteracao);
    }

    @Override
    public List<AlteracaoLimite> doCliente(String idCliente, int pagina, int tamanho) {
        return alteracoes.stream()
                .filter(a -> a.idCliente().equals(idCliente))
                .skip((long) pagina * tamanho)
                .limit(tamanho)
                .toList();
    }

    @Override
    public long quantasDoCliente(String idCliente) {
        return alteracoes.stream().filter(a -> a.idCliente().equals(idCliente)).count();
    }

    @Override
    public Optional<ChaveIdempotencia> buscar(String dono, String chave) {
        return Optional.ofNullable(chaves.get(dono + "/" + chave));
    }

    @Override
    public boolean reservar(ChaveIdempotencia chave) {
        return chaves.putIfAbsent(chave.dono() + "/" + chave.chave(), chave) == null;
    }

    @Override
    public SolicitacaoRevisao registrar(UUID idConcessao, OrigemRevisao origem, String justificativa) {
        var revisao = new SolicitacaoRevisao(
                "REV-2026-%08d".formatted(revisoes.size() + 1), idConcessao, origem, justificativa, Mae.AGORA);
        revisoes.add(revisao);
        return revisao;
    }

    @Override
    public Optional<SolicitacaoRevisao> buscar(UUID idConcessao, OrigemRevisao origem) {
        return revisoes.stream()
                .filter(r -> r.idConcessao().equals(idConcessao) && r.origem() == origem)
                .findFirst();
    }
}
