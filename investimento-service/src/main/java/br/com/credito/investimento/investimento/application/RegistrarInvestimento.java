package br.com.credito.investimento.investimento.application;

import br.com.credito.investimento.investimento.domain.ChaveIdempotencia;
import br.com.credito.investimento.investimento.domain.ChaveIdempotenciaReutilizadaException;
import br.com.credito.investimento.investimento.domain.Investimento;
import br.com.credito.investimento.investimento.domain.LimitesDeAnomalia;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.RegistroDeIdempotencia;
import br.com.credito.investimento.investimento.domain.ResumoDoPeriodo;
import br.com.credito.investimento.investimento.domain.port.ChavesDeIdempotencia;
import br.com.credito.investimento.investimento.domain.port.EventosDeInvestimento;
import br.com.credito.investimento.investimento.domain.port.Investimentos;
import br.com.credito.investimento.investimento.domain.port.InvestimentosEmRevisao;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an investment. The key reservation, the investment and its event are written in ONE transaction: a
 * failure anywhere leaves none of them, and a retry with the same key finds either nothing or everything.
 */
@Service
public class RegistrarInvestimento {

    private final Investimentos investimentos;
    private final ChavesDeIdempotencia chaves;
    private final EventosDeInvestimento eventos;
    private final Vigilancia vigilancia;
    private final Clock clock;

    /**
     * @param vigilancia the per-client bounds and where an investment beyond them is held (issue 16)
     */
    public RegistrarInvestimento(
            Investimentos investimentos,
            ChavesDeIdempotencia chaves,
            EventosDeInvestimento eventos,
            Vigilancia vigilancia,
            Clock clock) {
        this.investimentos = investimentos;
        this.chaves = chaves;
        this.eventos = eventos;
        this.vigilancia = vigilancia;
        this.clock = clock;
    }

    public record Vigilancia(LimitesDeAnomalia limites, InvestimentosEmRevisao revisoes) {}

    @Transactional
    public ResultadoRegistro executar(NovoInvestimento novo, Optional<ChaveIdempotencia> chave) {
        if (chave.isPresent()) {
            Optional<RegistroDeIdempotencia> anterior = chaves.reservar(chave.get(), novo.impressaoDigital());
            if (anterior.isPresent()) {
                return repetir(anterior.get(), novo);
            }
        }
        Investimento investimento = investimentos.registrar(novo, clock.instant());
        chave.ifPresent(c -> chaves.vincular(c, investimento.idInvestimento()));
        anunciarOuReter(investimento);
        return ResultadoRegistro.criado(investimento.idInvestimento());
    }

    /**
     * The period counted includes this investment (same transaction). Beyond the bounds the investment stands, but
     * its event waits for a person: a compromised channel cannot pump one customer's limit.
     */
    private void anunciarOuReter(Investimento investimento) {
        LimitesDeAnomalia limites = vigilancia.limites();
        ResumoDoPeriodo periodo = investimentos.resumoDesde(
                investimento.idCliente(), investimento.dataCriacao().minus(limites.periodo()));
        Optional<String> motivo = limites.motivo(periodo);
        if (motivo.isPresent()) {
            vigilancia.revisoes().reter(investimento, motivo.get(), clock.instant());
        } else {
            eventos.investimentoCriado(investimento);
        }
    }

    private static ResultadoRegistro repetir(RegistroDeIdempotencia anterior, NovoInvestimento novo) {
        if (!anterior.impressaoDigital().equals(novo.impressaoDigital())) {
            throw new ChaveIdempotenciaReutilizadaException();
        }
        return ResultadoRegistro.repetido(anterior.idInvestimento());
    }
}
