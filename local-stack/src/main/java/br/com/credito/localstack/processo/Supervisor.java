package br.com.credito.localstack.processo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts every application at once (on 2 cores a sequential start would only add up the waits), polls their readiness
 * and stops them all: SIGTERM to every process tree first, then a bounded wait, then SIGKILL for what is left. The
 * class-data caches are trained before the applications start (TreinoDoCache), never written at their exit, so the
 * wait is short: a supervisor such as Docker gives 10 s.
 */
public final class Supervisor implements AutoCloseable {

    static final Duration PRAZO_PARADA = Duration.ofSeconds(8);
    private static final long INTERVALO_SONDAGEM_MS = 500;

    private final List<ProcessoFilho> filhos = new ArrayList<>();
    private final List<ProcessHandle> treinos = new CopyOnWriteArrayList<>();
    private final RegistroDeProcessos registro;
    private final Object trava = new Object(); // the shutdown hook may stop while the main thread still starts
    private boolean fechado;
    private CompletableFuture<List<PreparacaoDaJvm.Execucao>> preparacao;

    /** {@code registro}: where every process started is recorded, for the next launcher should this one be killed. */
    public Supervisor(RegistroDeProcessos registro) {
        this.registro = registro;
    }

    /**
     * Starts, in the background, what each application's JVM needs before it can run: its extracted jar and the name of
     * its class-data cache (PreparacaoDaJvm). It reads only the jars, so the launcher calls it before it starts the
     * embedded servers, whose start leaves the cores partly idle and hides it: the jars' digests on every start (they
     * added ~3 s when they came after the servers, as a SHA-256 of every byte), the extractions after a build.
     */
    public void preparar(List<Servico> servicos, Path raiz, Path dados, List<String> opcoesJvm, boolean cacheDaJvm) {
        Path pastaApps = dados.resolve("app");
        Executor emSegundoPlano = tarefa ->
                Thread.ofPlatform().name("preparacao-das-jvms").daemon().start(tarefa);
        preparacao = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return prepararTodas(servicos, raiz, pastaApps, opcoesJvm, cacheDaJvm);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("preparacao interrompida");
                    }
                },
                emSegundoPlano);
    }

    /**
     * Waits for {@link #preparar}, trains the class-data caches that are missing (TreinoDoCache) and starts every
     * application.
     */
    public void iniciar(List<Servico> servicos, Path raiz, Path dados, List<String> opcoesJvm)
            throws IOException, InterruptedException {
        if (preparacao == null) {
            throw new IllegalStateException("preparar antes de iniciar");
        }
        Path pastaLogs = Files.createDirectories(dados.resolve("logs"));
        List<PreparacaoDaJvm.Execucao> execucoes = preparadas();
        TreinoDoCache.treinar(servicos, execucoes, raiz, pastaLogs, opcoesJvm, (processo, nome) -> {
            registro.registrar(processo, nome);
            synchronized (trava) {
                treinos.add(processo);
                if (fechado) { // queued runs still start after a stop: ended at once
                    matar(processo);
                }
            }
        });
        for (int i = 0; i < servicos.size(); i++) {
            synchronized (trava) {
                if (fechado) {
                    return; // stopped during training: start nothing
                }
                ProcessoFilho filho =
                        ProcessoFilho.iniciar(servicos.get(i), execucoes.get(i), raiz, pastaLogs, opcoesJvm);
                filhos.add(filho);
                registro.registrar(filho.processo(), servicos.get(i).modulo());
            }
        }
    }

    private List<PreparacaoDaJvm.Execucao> preparadas() throws IOException, InterruptedException {
        try {
            return preparacao.get();
        } catch (ExecutionException e) {
            Throwable causa = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            throw new IOException("Falha ao preparar " + causa.getMessage(), causa);
        }
    }

    /** Extractions run in parallel: after a build every jar changed at once. */
    private static List<PreparacaoDaJvm.Execucao> prepararTodas(
            List<Servico> servicos, Path raiz, Path pastaApps, List<String> opcoesJvm, boolean cacheDaJvm)
            throws IOException, InterruptedException {
        Path vigia = PreparacaoDaJvm.vigia(pastaApps);
        List<Future<PreparacaoDaJvm.Execucao>> futuros = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Servico servico : servicos) {
                Path jar = ProcessoFilho.jar(raiz, servico.modulo());
                futuros.add(executor.submit(() -> cacheDaJvm
                        ? PreparacaoDaJvm.preparar(
                                jar, pastaApps.resolve(servico.modulo()), vigia, ProcessoFilho.java(), opcoesJvm)
                        : PreparacaoDaJvm.semCache(jar, vigia)));
            }
        }
        List<PreparacaoDaJvm.Execucao> execucoes = new ArrayList<>();
        for (Future<PreparacaoDaJvm.Execucao> futuro : futuros) {
            try {
                execucoes.add(futuro.get());
            } catch (ExecutionException e) {
                throw new IOException(e.getCause().getMessage(), e.getCause());
            }
        }
        return execucoes;
    }

    /** Waits until every child answers its readiness probe; fails fast when one dies or the deadline passes. */
    public void aguardarProntidao(Duration prazo) throws InterruptedException {
        Instant limite = Instant.now().plus(prazo);
        Set<ProcessoFilho> pendentes = new LinkedHashSet<>(filhos);
        while (!pendentes.isEmpty()) {
            for (ProcessoFilho filho : List.copyOf(pendentes)) {
                if (!filho.vivo()) {
                    throw new FalhaAoIniciarException(filho, "terminou antes de ficar pronto");
                }
                if (filho.pronto()) {
                    System.out.println(
                            "[local-stack] pronto: " + filho.servico().modulo());
                    pendentes.remove(filho);
                }
            }
            if (!pendentes.isEmpty() && Instant.now().isAfter(limite)) {
                throw new FalhaAoIniciarException(pendentes.iterator().next(), "nao ficou pronto em " + prazo);
            }
            Thread.sleep(INTERVALO_SONDAGEM_MS);
        }
    }

    /** The first child that stopped on its own, if any, while the stack is up. */
    public List<ProcessoFilho> terminados() {
        return filhos.stream().filter(f -> !f.vivo()).toList();
    }

    @Override
    public void close() {
        synchronized (trava) {
            fechado = true;
        }
        // A stop during training: a run cut short writes nothing usable, so it is killed, not asked.
        treinos.forEach(Supervisor::matar);
        filhos.forEach(ProcessoFilho::pedirParada);
        Instant limite = Instant.now().plus(PRAZO_PARADA);
        for (ProcessoFilho filho : filhos) {
            try {
                Duration restante = Duration.between(Instant.now(), limite);
                filho.aguardarParada(restante.isNegative() ? Duration.ZERO : restante);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void matar(ProcessHandle processo) {
        processo.descendants().forEach(ProcessHandle::destroyForcibly);
        processo.destroyForcibly();
    }

    /** A child that died or did not get ready; carries it so the launcher can show its log. */
    public static final class FalhaAoIniciarException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ProcessoFilho filho;

        FalhaAoIniciarException(ProcessoFilho filho, String motivo) {
            super(filho.servico().modulo() + " " + motivo);
            this.filho = filho;
        }

        public ProcessoFilho filho() {
            return filho;
        }
    }
}
