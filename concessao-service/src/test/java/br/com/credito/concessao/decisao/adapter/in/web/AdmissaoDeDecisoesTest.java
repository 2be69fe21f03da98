package br.com.credito.concessao.decisao.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On a real Resilience4j bulkhead, with the YAML's shape (a few slots, a bounded wait). */
class AdmissaoDeDecisoesTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void fechar() {
        threads.shutdownNow();
    }

    private static AdmissaoDeDecisoes admissao(int vagas, Duration espera) {
        return new AdmissaoDeDecisoes(BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(vagas)
                .maxWaitDuration(espera)
                .build()));
    }

    @Test
    void nuncaRodaMaisDecisoesQueAsVagasEOsOutrosEsperamAVezEmVezDeFalhar() throws Exception {
        AdmissaoDeDecisoes admissao = admissao(3, Duration.ofSeconds(10));
        AtomicInteger emAndamento = new AtomicInteger();
        AtomicInteger maximo = new AtomicInteger();
        List<Future<Integer>> decisoes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int numero = i;
            decisoes.add(threads.submit(() -> admissao.admitir(() -> {
                maximo.accumulateAndGet(emAndamento.incrementAndGet(), Math::max);
                dormir(30);
                emAndamento.decrementAndGet();
                return numero;
            })));
        }
        for (int i = 0; i < decisoes.size(); i++) {
            assertThat(decisoes.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(maximo.get()).isEqualTo(3);
    }

    @Test
    void recusaSemDecidirQuandoAsVagasFicamOcupadasDuranteTodaAEspera() throws Exception {
        AdmissaoDeDecisoes admissao = admissao(1, Duration.ofMillis(100));
        CountDownLatch ocupada = new CountDownLatch(1);
        CountDownLatch liberar = new CountDownLatch(1);
        Future<Object> primeira = threads.submit(() -> admissao.admitir(() -> {
            ocupada.countDown();
            aguardar(liberar);
            return "primeira";
        }));
        assertThat(ocupada.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean decidiu = new AtomicBoolean();

        assertThatThrownBy(() -> admissao.admitir(() -> decidiu.getAndSet(true)))
                .isInstanceOf(AdmissaoDeDecisoes.AdmissaoRecusadaException.class);
        assertThat(decidiu).isFalse();

        liberar.countDown();
        assertThat(primeira.get(5, TimeUnit.SECONDS)).isEqualTo("primeira");
        assertThat(admissao.admitir(() -> "depois")).isEqualTo("depois");
    }

    @Test
    void umaDecisaoQueFalhaDevolveSuaVaga() {
        AdmissaoDeDecisoes admissao = admissao(1, Duration.ZERO);

        assertThatThrownBy(() -> admissao.admitir(() -> {
                    throw new IllegalStateException("falhou");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(admissao.admitir(() -> "seguinte")).isEqualTo("seguinte");
    }

    private static void dormir(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void aguardar(CountDownLatch trava) {
        try {
            trava.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
