package br.com.credito.concessao.decisao.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.credito.concessao.apoio.Mae;
import br.com.credito.concessao.apoio.SinalizadoresFixos;
import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.ModoFallbackScore;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import br.com.credito.concessao.decisao.domain.port.ConsultaHistorico;
import br.com.credito.concessao.decisao.domain.port.ConsultaInvestimentos;
import br.com.credito.concessao.decisao.domain.port.ConsultaScore;
import br.com.credito.concessao.decisao.domain.port.MotorDeRegras;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvaliarClienteTest {

    private static final EntradasDaDecisao REFERENCIA = Mae.entradas("12345");

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicReference<EntradasDaDecisao> enviadoAoMotor = new AtomicReference<>();
    private final MotorDeRegras motor = entradas -> {
        enviadoAoMotor.set(entradas);
        return Mae.aprovado("5000");
    };
    private final CountDownLatch liberarBloqueados = new CountDownLatch(1);

    @AfterEach
    void encerrar() {
        liberarBloqueados.countDown();
        executor.shutdownNow();
    }

    @Test
    void deveChamarAsTresPortasAoMesmoTempo() {
        // Each port waits until all three have started: only a parallel fan-out gets past this barrier.
        CountDownLatch todasIniciadas = new CountDownLatch(3);
        var avaliar = avaliar(
                id -> aguardarAsOutras(todasIniciadas, () -> REFERENCIA.score()),
                id -> aguardarAsOutras(todasIniciadas, () -> REFERENCIA.historico()),
                id -> aguardarAsOutras(todasIniciadas, () -> REFERENCIA.investimentos()),
                SinalizadoresFixos.padrao(),
                Duration.ofSeconds(10));

        Avaliacao avaliacao = avaliar.avaliar("12345", TipoCartao.GOLD);

        assertThat(avaliacao.entradas()).isEqualTo(REFERENCIA);
        assertThat(enviadoAoMotor.get()).isEqualTo(REFERENCIA);
    }

    @Test
    void deveChamarUmaPortaPorVezQuandoOFlagDeFanoutSequencialEstaLigado() {
        AtomicInteger emAndamento = new AtomicInteger();
        AtomicInteger maximo = new AtomicInteger();
        var avaliar = avaliar(
                id -> contarConcorrencia(emAndamento, maximo, () -> REFERENCIA.score()),
                id -> contarConcorrencia(emAndamento, maximo, () -> REFERENCIA.historico()),
                id -> contarConcorrencia(emAndamento, maximo, () -> REFERENCIA.investimentos()),
                new SinalizadoresFixos(ModoFallbackScore.EM_ANALISE, true, true),
                Duration.ofSeconds(10));

        avaliar.avaliar("12345", TipoCartao.GOLD);

        assertThat(maximo.get()).isEqualTo(1);
    }

    @Test
    void deveDecidirSemOScoreQuandoEleNaoRespondeNoPrazoEInterromperAChamada() throws Exception {
        CountDownLatch interrompida = new CountDownLatch(1);
        ConsultaScore travado = id -> {
            try {
                liberarBloqueados.await();
            } catch (InterruptedException e) {
                interrompida.countDown();
            }
            return REFERENCIA.score();
        };
        var avaliar = avaliar(
                travado,
                id -> REFERENCIA.historico(),
                id -> REFERENCIA.investimentos(),
                SinalizadoresFixos.padrao(),
                Duration.ofMillis(200));

        Avaliacao avaliacao = avaliar.avaliar("12345", TipoCartao.GOLD);

        assertThat(avaliacao.entradas().score()).isEqualTo(ScoreCliente.indisponivel());
        assertThat(avaliacao.entradas().historico()).isEqualTo(REFERENCIA.historico());
        assertThat(avaliacao.entradas().investimentos()).isEqualTo(REFERENCIA.investimentos());
        assertThat(interrompida.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void deveUsarOScoreConservadorQuandoOFlagMandaEOScoreFalta() {
        var avaliar = avaliar(
                id -> ScoreCliente.indisponivel(),
                id -> REFERENCIA.historico(),
                id -> REFERENCIA.investimentos(),
                new SinalizadoresFixos(ModoFallbackScore.SCORE_CONSERVADOR, false, true),
                Duration.ofSeconds(5));

        ScoreCliente score =
                avaliar.avaliar("12345", TipoCartao.GOLD).entradas().score();

        assertThat(score.valor()).isEqualTo(450);
        assertThat(score.fonte().origem()).isEqualTo(OrigemDado.FALLBACK);
    }

    @Test
    void deveMarcarComoIndisponivelUmaPortaQueFalha() {
        ConsultaHistorico quebrado = id -> {
            throw new IllegalStateException("falha inesperada");
        };
        var avaliar = avaliar(
                id -> REFERENCIA.score(),
                quebrado,
                id -> CarteiraInvestimentos.indisponivel(),
                SinalizadoresFixos.padrao(),
                Duration.ofSeconds(5));

        EntradasDaDecisao entradas = avaliar.avaliar("12345", TipoCartao.GOLD).entradas();

        assertThat(entradas.historico().ausente()).isTrue();
        assertThat(entradas.investimentos().ausente()).isTrue();
        assertThat(entradas.score()).isEqualTo(REFERENCIA.score());
    }

    @Test
    void naoDeveInventarDecisaoQuandoOMotorDeRegrasFalha() {
        MotorDeRegras fora = entradas -> {
            throw new MotorDeRegrasIndisponivelException(new IllegalStateException("503"));
        };
        var avaliar = new AvaliarCliente(
                id -> REFERENCIA.score(),
                id -> REFERENCIA.historico(),
                id -> REFERENCIA.investimentos(),
                fora,
                SinalizadoresFixos.padrao(),
                executor,
                Duration.ofSeconds(5),
                450);

        assertThatThrownBy(() -> avaliar.avaliar("12345", TipoCartao.GOLD))
                .isInstanceOf(MotorDeRegrasIndisponivelException.class);
    }

    private AvaliarCliente avaliar(
            ConsultaScore score,
            ConsultaHistorico historico,
            ConsultaInvestimentos investimentos,
            Sinalizadores sinalizadores,
            Duration prazo) {
        return new AvaliarCliente(score, historico, investimentos, motor, sinalizadores, executor, prazo, 450);
    }

    private static <T> T aguardarAsOutras(CountDownLatch todasIniciadas, Supplier<T> valor) {
        todasIniciadas.countDown();
        try {
            if (!todasIniciadas.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("as outras chamadas nao comecaram: fan-out nao e paralelo");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return valor.get();
    }

    private static <T> T contarConcorrencia(AtomicInteger emAndamento, AtomicInteger maximo, Supplier<T> valor) {
        maximo.accumulateAndGet(emAndamento.incrementAndGet(), Math::max);
        try {
            Thread.sleep(20);
            return valor.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            emAndamento.decrementAndGet();
        }
    }
}
