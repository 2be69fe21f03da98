package br.com.credito.common.aquecimento;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's database exercises ({@link ExercicioDeBanco}) on EVERY connection of the pool, not only the one a
 * single warm-up thread keeps getting back. Measured on the cold-start drill (issue 14): with the exercises on one
 * connection, the first decisions under load took the other nineteen of concessão's pool cold, and PostgreSQL's
 * {@code pg_stat_activity} showed them inside the decisions' transactions running the driver's per-connection type
 * look-ups ({@code pg_catalog.pg_type}) and first plans, up to 300 ms each, while the answers waited seconds.
 *
 * <p>One round opens one transaction per connection on as many threads, all of them together: each holds its
 * connection from the transaction's start until every other one has its own ({@link CyclicBarrier}), so the pool
 * hands out each connection exactly once. Each thread then runs every exercise on its connection, and the
 * transaction is rolled back. {@value #RODADAS} rounds, then the exercise is done: the driver prepares a statement on
 * the server at its fifth run on a connection (pgjdbc's prepareThreshold), so after them every connection holds the
 * hot statements prepared.
 */
public final class ExercicioEmCadaConexao implements ExercicioDeAquecimento {

    static final int RODADAS = 5;

    /** How long a connection waits for the others: the pool's own acquire time-out is 2 s in every service. */
    private static final long ESPERA_S = 5;

    private final List<ExercicioDeBanco> exercicios;
    private final TransactionTemplate transacao;
    private final int conexoes;
    private final Map<String, AtomicInteger> ok = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> falhas = new ConcurrentHashMap<>();
    private int rodadas;

    /** @param conexoes the pool's maximum size: the connections a busy instance ends up using */
    public ExercicioEmCadaConexao(
            List<ExercicioDeBanco> exercicios, PlatformTransactionManager transacoes, int conexoes) {
        this.exercicios = List.copyOf(exercicios);
        this.transacao = new TransactionTemplate(transacoes);
        this.conexoes = Math.max(1, conexoes);
    }

    @Override
    public String nome() {
        return "banco-em-cada-conexao";
    }

    @Override
    public boolean concluido() {
        return rodadas >= RODADAS;
    }

    /** One round. Fails when no connection ran every exercise (the database is not up yet). */
    @Override
    public void executar() throws InterruptedException {
        rodadas++;
        CyclicBarrier todas = new CyclicBarrier(conexoes);
        AtomicInteger completas = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < conexoes; i++) {
            threads.add(Thread.ofPlatform()
                    .name("aquecimento-conexao-" + i)
                    .daemon()
                    .start(() -> {
                        if (emUmaConexao(todas)) {
                            completas.incrementAndGet();
                        }
                    }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (completas.get() == 0) {
            throw new IllegalStateException("nenhuma conexao completou os exercicios de banco");
        }
    }

    /** Runs and failures of each exercise, over all connections and rounds (for the tests and the log). */
    public Map<String, Aquecimento.Resultado> resultados() {
        Map<String, Aquecimento.Resultado> resultados = new LinkedHashMap<>();
        for (ExercicioDeBanco exercicio : exercicios) {
            resultados.put(
                    exercicio.nome(), new Aquecimento.Resultado(contagem(ok, exercicio), contagem(falhas, exercicio)));
        }
        return resultados;
    }

    private boolean emUmaConexao(CyclicBarrier todas) {
        try {
            return Boolean.TRUE.equals(transacao.execute(status -> {
                // The transaction took its connection when it began (JDBC and JPA alike): wait for the others.
                status.setRollbackOnly();
                aguardar(todas);
                boolean todos = true;
                for (ExercicioDeBanco exercicio : exercicios) {
                    todos &= executar(exercicio);
                }
                return todos;
            }));
        } catch (RuntimeException e) {
            // No connection within the pool's time-out: this round lost one connection, the next may not.
            return false;
        }
    }

    /** A connection that never gets its turn only costs the spread: the exercises still run. */
    private static void aguardar(CyclicBarrier todas) {
        try {
            todas.await(ESPERA_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            // another connection gave up or the pool is smaller than configured
        }
    }

    private boolean executar(ExercicioDeBanco exercicio) {
        try {
            exercicio.executar();
            ok.computeIfAbsent(exercicio.nome(), n -> new AtomicInteger()).incrementAndGet();
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            falhas.computeIfAbsent(exercicio.nome(), n -> new AtomicInteger()).incrementAndGet();
            return false;
        }
    }

    private static int contagem(Map<String, AtomicInteger> contagens, ExercicioDeBanco exercicio) {
        AtomicInteger contagem = contagens.get(exercicio.nome());
        return contagem == null ? 0 : contagem.get();
    }

    /** Each database exercise's runs, over all connections and rounds. */
    @Override
    public String detalhe() {
        return resultados().toString();
    }

    @Override
    public String toString() {
        return nome() + resultados();
    }
}
