package br.com.credito.investimento.investimento.fakes;

import br.com.credito.investimento.investimento.domain.ChaveIdempotencia;
import br.com.credito.investimento.investimento.domain.RegistroDeIdempotencia;
import br.com.credito.investimento.investimento.domain.port.ChavesDeIdempotencia;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Without transactions: a reservation is visible at once (the concurrent case is tested on PostgreSQL). */
public final class ChavesEmMemoria implements ChavesDeIdempotencia {

    private final Map<ChaveIdempotencia, String> impressoes = new HashMap<>();
    private final Map<ChaveIdempotencia, Long> investimentos = new HashMap<>();

    @Override
    public synchronized Optional<RegistroDeIdempotencia> reservar(ChaveIdempotencia chave, String impressaoDigital) {
        String anterior = impressoes.putIfAbsent(chave, impressaoDigital);
        return anterior == null
                ? Optional.empty()
                : Optional.of(new RegistroDeIdempotencia(anterior, investimentos.get(chave)));
    }

    @Override
    public synchronized void vincular(ChaveIdempotencia chave, long idInvestimento) {
        investimentos.put(chave, idInvestimento);
    }
}
