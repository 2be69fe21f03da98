package br.com.credito.investimento.investimento.adapter.out.persistencia;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.PosicaoPorTipo;
import br.com.credito.investimento.investimento.domain.ResumoDoPeriodo;
import br.com.credito.investimento.investimento.domain.port.Investimentos;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

@Component
class InvestimentosJpaAdapter implements Investimentos {

    private final InvestimentoJpaRepository repositorio;

    InvestimentosJpaAdapter(InvestimentoJpaRepository repositorio) {
        this.repositorio = repositorio;
    }

    @Override
    public Investimento registrar(NovoInvestimento novo, Instant dataCriacao) {
        // IDENTITY: the INSERT runs now, so the id exists before the idempotency key and the event refer to it.
        return repositorio.save(InvestimentoEntity.de(novo, dataCriacao)).paraDominio();
    }

    @Override
    public Optional<Investimento> buscar(long idInvestimento) {
        return repositorio.findById(idInvestimento).map(InvestimentoEntity::paraDominio);
    }

    @Override
    public List<Investimento> doCliente(String idCliente, int pagina, int tamanho) {
        return repositorio
                .findByIdClienteOrderByDataCriacaoDescIdInvestimentoDesc(idCliente, PageRequest.of(pagina, tamanho))
                .stream()
                .map(InvestimentoEntity::paraDominio)
                .toList();
    }

    @Override
    public long quantosDoCliente(String idCliente) {
        return repositorio.countByIdCliente(idCliente);
    }

    @Override
    public ResumoDoPeriodo resumoDesde(String idCliente, Instant desde) {
        return repositorio.resumoDesde(idCliente, desde);
    }

    @Override
    public List<PosicaoPorTipo> posicaoDoCliente(String idCliente) {
        return repositorio.somarPorTipo(idCliente);
    }
}
