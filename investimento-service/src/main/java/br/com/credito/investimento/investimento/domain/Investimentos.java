package br.com.credito.investimento.investimento.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where investments are stored. */
public interface Investimentos {

    Investimento registrar(NovoInvestimento novo, Instant dataCriacao);

    Optional<Investimento> buscar(long idInvestimento);

    /** Every investment of the client, newest first. */
    List<Investimento> doCliente(String idCliente);

    /** One total per type the client holds, ordered by type name; empty when the client has no investments. */
    List<PosicaoPorTipo> posicaoDoCliente(String idCliente);
}
