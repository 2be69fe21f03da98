package br.com.credito.investimento.investimento.domain.port;

import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.PosicaoPorTipo;
import br.com.credito.investimento.investimento.domain.ResumoDoPeriodo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where investments are stored. */
public interface Investimentos {

    Investimento registrar(NovoInvestimento novo, Instant dataCriacao);

    Optional<Investimento> buscar(long idInvestimento);

    /** One page of the client's investments, newest first ({@code pagina} from 0). */
    List<Investimento> doCliente(String idCliente, int pagina, int tamanho);

    /** How many investments the client has. */
    long quantosDoCliente(String idCliente);

    /** The client's investments registered at or after {@code desde}: how many and how much. */
    ResumoDoPeriodo resumoDesde(String idCliente, Instant desde);

    /** One total per type the client holds, ordered by type name; empty when the client has no investments. */
    List<PosicaoPorTipo> posicaoDoCliente(String idCliente);
}
