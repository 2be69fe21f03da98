package br.com.credito.regras.avaliacao.domain;

import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of one evaluation (goal: well under 50 µs). Not a test: run by hand after test-compile, see the README.
 * Cases: the seed example, a refusal, and the largest request the API accepts (200 contracts, 200 investments).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class MotorDeCreditoBenchmark {

    private final MotorDeCredito motor = new MotorDeCredito();
    private final Politica politica = PoliticasDeTeste.versao1();
    private final SolicitacaoCredito seed = SolicitacoesDeTeste.doSeed();
    private final SolicitacaoCredito reprovada =
            SolicitacoesDeTeste.comContratos(SolicitacoesDeTeste.contrato("100", 120, true));
    private final SolicitacaoCredito maxima = new SolicitacaoCredito(
            TipoCartao.BLACK,
            Optional.of(950),
            false,
            Collections.nCopies(200, SolicitacoesDeTeste.contrato("1500.75", 10, false)),
            false,
            Collections.nCopies(200, SolicitacoesDeTeste.investimento(TipoInvestimento.TESOURO_DIRETO, "20000")));

    @Benchmark
    public Decisao exemploDoSeed() {
        return motor.avaliar(seed, politica);
    }

    @Benchmark
    public Decisao reprovacao() {
        return motor.avaliar(reprovada, politica);
    }

    @Benchmark
    public Decisao duzentosContratosEInvestimentos() {
        return motor.avaliar(maxima, politica);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(MotorDeCreditoBenchmark.class.getName())
                        .build())
                .run();
    }
}
