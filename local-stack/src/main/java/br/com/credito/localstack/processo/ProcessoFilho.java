package br.com.credito.localstack.processo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One running application: its process, its log file and its readiness probe. */
public final class ProcessoFilho {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Servico servico;
    private final Process processo;
    private final Path log;

    private ProcessoFilho(Servico servico, Process processo, Path log) {
        this.servico = servico;
        this.processo = processo;
        this.log = log;
    }

    static ProcessoFilho iniciar(
            Servico servico, PreparacaoDaJvm.Execucao execucao, Path raiz, Path pastaLogs, List<String> opcoesJvm)
            throws IOException {
        Path log = pastaLogs.resolve(servico.modulo() + ".log");
        ProcessBuilder construtor = new ProcessBuilder(
                        PreparacaoDaJvm.comando(java(), opcoesJvm, execucao.opcoesDeCache(), execucao))
                .directory(raiz.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        construtor.environment().putAll(servico.ambiente());
        construtor.environment().put("SERVER_PORT", Integer.toString(servico.porta()));
        // stdin stays a pipe from this launcher, never written: the child ends when it closes (VigiaDoLancador).
        return new ProcessoFilho(servico, construtor.start(), log);
    }

    /** The children run on the launcher's own JVM, the one run-local.sh checked to be 21+. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The executable jar Spring Boot's repackage wrote for the module. */
    static Path jar(Path raiz, String modulo) throws IOException {
        Path target = raiz.resolve(modulo).resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> arquivos = Files.list(target)) {
                var jar = arquivos.filter(p -> {
                            String nome = p.getFileName().toString();
                            return nome.startsWith(modulo + "-")
                                    && nome.endsWith(".jar")
                                    && !nome.endsWith("-plain.jar");
                        })
                        .findFirst();
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        throw new IOException("Jar de " + modulo + " nao encontrado em " + target
                + ": rode ./run-local.sh (ele compila) ou ./mvnw -DskipTests package");
    }

    public Servico servico() {
        return servico;
    }

    public ProcessHandle processo() {
        return processo.toHandle();
    }

    public boolean vivo() {
        return processo.isAlive();
    }

    public boolean pronto() {
        HttpRequest pedido = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + servico.porta() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            return HTTP.send(pedido, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the process tree to stop (SIGTERM: Spring shuts down gracefully). */
    public void pedirParada() {
        processo.descendants().forEach(ProcessHandle::destroy);
        processo.destroy();
    }

    /** Waits for the graceful stop, then kills whatever is left of the tree. */
    public void aguardarParada(Duration prazo) throws InterruptedException {
        List<ProcessHandle> descendentes = processo.descendants().toList();
        if (!processo.waitFor(prazo.toMillis(), TimeUnit.MILLISECONDS)) {
            System.err.println(
                    "[local-stack] " + servico.modulo() + " nao parou em " + prazo.toSeconds() + " s; SIGKILL");
            processo.destroyForcibly();
            processo.waitFor(5, TimeUnit.SECONDS);
        }
        descendentes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    public List<String> ultimasLinhasDoLog(int quantas) {
        try {
            List<String> linhas = Files.readAllLines(log, StandardCharsets.UTF_8);
            return linhas.subList(Math.max(0, linhas.size() - quantas), linhas.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path log() {
        return log;
    }
}
