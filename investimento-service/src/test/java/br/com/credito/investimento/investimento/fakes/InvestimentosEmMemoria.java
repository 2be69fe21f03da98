package br.com.credito.investimento.investimento.fakes;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.PosicaoPorTipo;
import br.com.credito.investimento.investimento.domain.ResumoDoPeriodo;
import br.com.credito.investimento.investimento.domain.port.Investimentos;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InvestimentosEmMemoria implements Investimentos {

    private final AtomicLong sequencia = new AtomicLong(1000);
    private final Map<Long, Investimento> porId = new ConcurrentHashMap<>();

    @Override
    public Investimento registrar(NovoInvestimento novo, Instant dataCriacao) {
        Investimento investimento = new Investimento(
                sequencia.incrementAndGet(), novo.idCliente(), novo.tipoInvestimento(), novo.valor(), dataCriacao);
        porId.put(investimento.idInvestimento(), investimento);
        return investimento;
    }

    @Override
    public Optional<Investimento> buscar(long idInvestimento) {
        return Optional.ofNullable(porId.get(idInvestimento));
    }

    @Override
    public List<Investimento> doCliente(String idCliente, int pagina, int tamanho) {
        return todosDoCliente(idCliente).stream()
                .skip((long) pagina * tamanho)
                .limit(tamanho)
                .toList();
    }

    @Override
    public long quantosDoCliente(String idCliente) {
        return todosDoCliente(idCliente).size();
    }

    @Override
    public ResumoDoPeriodo resumoDesde(String idCliente, Instant desde) {
        List<Investimento> doPeriodo = todosDoCliente(idCliente).stream()
                .filter(i -> !i.dataCriacao().isBefore(desde))
                .toList();
        return new ResumoDoPeriodo(
                doPeriodo.size(), doPeriodo.stream().map(Investimento::valor).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private List<Investimento> todosDoCliente(String idCliente) {
        return porId.values().stream()
                .filter(i -> i.idCliente().equals(idCliente))
                .sorted(Comparator.comparing(Investimento::dataCriacao).reversed())
                .toList();
    }

    @Override
    public List<PosicaoPorTipo> posicaoDoCliente(String idCliente) {
        Map<String, PosicaoPorTipo> porNome = new TreeMap<>();
        todosDoCliente(idCliente)
                .forEach(i -> porNome.merge(
                        i.tipoInvestimento().name(),
                        new PosicaoPorTipo(i.tipoInvestimento(), i.valor()),
                        (a, b) -> new PosicaoPorTipo(
                                a.tipoInvestimento(), a.valor().add(b.valor()))));
        return List.copyOf(porNome.values());
    }

    public int total() {
        return porId.size();
    }
}
