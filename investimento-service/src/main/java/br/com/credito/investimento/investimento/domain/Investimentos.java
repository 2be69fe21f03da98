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
}
