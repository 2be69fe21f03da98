package br.com.credito.localstack.processo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The training runs that write the applications' class-data caches, before the applications start (after a build,
 * once per jar). A run is the application itself: a service with common-lib's warm-up starts as for real, warms up
 * and exits at the warm-up's end ({@code credito.aquecimento.treino}), so its cache holds what the warm-up loaded and
 * profiled; the auth server, which has none, stops once its context refreshed ({@code spring.context.exit=onRefresh}).
 * Either way the JVM writes the cache as it exits. So a run needs what the real start needs, and gets it: the
 * embedded servers are up by then, and it runs with the application's own environment. As many at once as there are
 * cores; a failed run only leaves that application without a cache.
 */
final class TreinoDoCache {

    /** Generous: about a minute on an idle 2-core laptop, but 5 min were too few on one shared with six builds. */
    private static final Duration PRAZO = Duration.ofMinutes(15);

    private TreinoDoCache() {}

    /** Trains every cache missing; returns when all runs ended. */
    static void treinar(
            List<Servico> servicos,
            List<PreparacaoDaJvm.Execucao> execucoes,
            Path raiz,
            Path pastaLogs,
            List<String> opcoesJvm,
            BiConsumer<ProcessHandle, String> aoIniciar)
            throws InterruptedException {
        List<Integer> pendentes = new ArrayList<>();
        for (int i = 0; i < servicos.size(); i++) {
            if (execucoes.get(i).precisaDeTreino()) {
                pendentes.add(i);
            }
        }
        if (pendentes.isEmpty()) {
            return;
        }
        int simultaneos = Math.max(1, Runtime.getRuntime().availableProcessors());
        System.out.println("[local-stack] treinando o cache de classes de "
                + pendentes.stream().map(i -> servicos.get(i).modulo()).toList()
                + " (uma vez por versao do jar, " + simultaneos + " por vez)...");
        long inicio = System.nanoTime();
        List<Future<?>> futuros = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(simultaneos)) {
            for (int i : pendentes) {
                Servico servico = servicos.get(i);
                PreparacaoDaJvm.Execucao execucao = execucoes.get(i);
                futuros.add(executor.submit(() -> {
                    treinarUm(servico, execucao, raiz, pastaLogs, opcoesJvm, aoIniciar);
                    return null;
                }));
            }
        }
        for (Future<?> futuro : futuros) {
            try {
                futuro.get();
            } catch (java.util.concurrent.ExecutionException e) {
                System.err.println("[local-stack] aviso: treino do cache falhou: " + e.getCause());
            }
        }
        System.out.printf(
                "[local-stack] treino do cache de classes concluido em %.1f s%n", (System.nanoTime() - inicio) / 1e9);
    }

    private static void treinarUm(
            Servico servico,
            PreparacaoDaJvm.Execucao execucao,
            Path raiz,
            Path pastaLogs,
            List<String> opcoesJvm,
            BiConsumer<ProcessHandle, String> aoIniciar)
            throws IOException, InterruptedException {
        PreparacaoDaJvm.CacheDeClasses cache = execucao.cache();
        Path log = pastaLogs.resolve(servico.modulo() + "-treino-cache.log");
        ProcessBuilder construtor = new ProcessBuilder(PreparacaoDaJvm.comando(
                        ProcessoFilho.java(), opcoesJvm, cache.opcoesDeTreino(servico.aquece()), execucao))
                .directory(raiz.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        construtor.environment().putAll(servico.ambiente());
        // A free port: a run through the warm-up serves its own exercises, and must not take the real one.
        construtor.environment().put("SERVER_PORT", "0");
        long inicio = System.nanoTime();
        // stdin stays a pipe from this launcher: the run ends with it (VigiaDoLancador).
        Process treino = construtor.start();
        aoIniciar.accept(treino.toHandle(), servico.modulo() + " (treino do cache)");
        boolean terminou = treino.waitFor(PRAZO.toMillis(), TimeUnit.MILLISECONDS);
        if (!terminou) {
            // JDK 25 assembles the cache in a child JVM of the run: it goes too.
            treino.descendants().forEach(ProcessHandle::destroyForcibly);
            treino.destroyForcibly();
            treino.waitFor(10, TimeUnit.SECONDS);
        }
        if (terminou && treino.exitValue() == 0 && Files.isRegularFile(cache.emTreino())) {
            Files.move(cache.emTreino(), cache.arquivo(), StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(
                    "[local-stack] cache de classes de %s pronto em %.1f s%n",
                    servico.modulo(), (System.nanoTime() - inicio) / 1e9);
        } else {
            Files.deleteIfExists(cache.emTreino());
            System.err.println("[local-stack] aviso: treino do cache de " + servico.modulo()
                    + (terminou ? " terminou com codigo " + treino.exitValue() : " passou de " + PRAZO)
                    + "; a aplicacao sobe sem cache (veja " + log + ")");
        }
    }
}
