package br.com.credito.investimento.investimento.fakes;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.Investimentos;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public List<Investimento> doCliente(String idCliente) {
        return porId.values().stream()
                .filter(i -> i.idCliente().equals(idCliente))
                .sorted(Comparator.comparing(Investimento::dataCriacao).reversed())
                .toList();
    }

    public int total() {
        return porId.size();
    }
}
