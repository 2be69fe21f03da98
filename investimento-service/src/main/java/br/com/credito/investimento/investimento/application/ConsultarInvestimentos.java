package br.com.credito.investimento.investimento.application;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.InvestimentoNaoEncontradoException;
import br.com.credito.investimento.investimento.domain.PosicaoPorTipo;
import br.com.credito.investimento.investimento.domain.port.Investimentos;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads investments: one by id (the POST's Location), all of a client (the channels' list) and the client's position,
 * one total per type (what concessao's credit policy weighs, on every decision and every recalculation).
 */
@Service
@Transactional(readOnly = true)
public class ConsultarInvestimentos {

    private final Investimentos investimentos;

    public ConsultarInvestimentos(Investimentos investimentos) {
        this.investimentos = investimentos;
    }

    public Investimento porId(long idInvestimento) {
        return investimentos
                .buscar(idInvestimento)
                .orElseThrow(() -> new InvestimentoNaoEncontradoException(idInvestimento));
    }

    /** One page of the client's investments, newest first, and how many there are in all. */
    public Pagina doCliente(String idCliente, int pagina, int tamanho) {
        return new Pagina(
                investimentos.doCliente(idCliente, pagina, tamanho), investimentos.quantosDoCliente(idCliente));
    }

    public record Pagina(List<Investimento> itens, long total) {}

    public List<PosicaoPorTipo> posicaoDoCliente(String idCliente) {
        return investimentos.posicaoDoCliente(idCliente);
    }
}
