package br.com.credito.localstack.infra;

import br.com.credito.filaslocais.ElasticMqEmbarcado;
import br.com.credito.filaslocais.FilaComDlq;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** The embedded servers, started together and stopped in reverse order, each stop isolated from the others' failures. */
public final class InfraEmbarcada implements AutoCloseable {

    /** The host the queue URLs carry (clients reach the broker on 127.0.0.1 either way). */
    private static final String HOST_DAS_FILAS = "localhost";

    private final Deque<AutoCloseable> iniciados = new ArrayDeque<>();
    private PostgresLocal postgres;
    private ElasticMqEmbarcado sqs;
    private RedisLocal redis;
    private String bureauAdmin;

    public record Config(int postgres, int redis, int sqs, int bureau, Path dadosPostgres, Path raiz) {}

    /**
     * The broker and the bureau simulator start beside PostgreSQL and Redis: none of them needs another, and one after
     * the other they took ~4.6 s of the launcher's start with the cores partly idle (the broker 2.4 s, the simulator
     * 1.3 s). Should one fail, those already up are stopped before the failure is thrown.
     */
    public static InfraEmbarcada iniciar(Config config) throws IOException {
        InfraEmbarcada infra = new InfraEmbarcada();
        // The queue investimento-service publishes to and concessao-service consumes.
        CompletableFuture<ElasticMqEmbarcado> sqs = emParalelo("inicio-elasticmq", () -> {
            ElasticMqEmbarcado broker =
                    new ElasticMqEmbarcado(config.sqs(), HOST_DAS_FILAS, FilaComDlq.INVESTIMENTO_CRIADO);
            broker.iniciar();
            return broker;
        });
        CompletableFuture<WireMockBureau> bureau =
                emParalelo("inicio-bureau", () -> WireMockBureau.iniciar(config.bureau(), config.raiz()));
        try {
            infra.postgres = PostgresLocal.iniciar(config.postgres(), config.dadosPostgres());
            infra.iniciados.push(infra.postgres);
            infra.redis = RedisLocal.iniciar(config.redis());
            infra.iniciados.push(infra.redis);
            infra.sqs = aguardar(sqs);
            infra.iniciados.push(infra.sqs);
            WireMockBureau simulador = aguardar(bureau);
            infra.iniciados.push(simulador);
            simulador.aquecerEmSegundoPlano();
            infra.bureauAdmin = simulador.urlAdmin();
            return infra;
        } catch (IOException | RuntimeException e) {
            for (CompletableFuture<? extends AutoCloseable> paralelo : List.of(sqs, bureau)) {
                try {
                    AutoCloseable servidor = paralelo.join();
                    if (!infra.iniciados.contains(servidor)) {
                        infra.iniciados.push(servidor);
                    }
                } catch (CompletionException | CancellationException falhou) {
                    // it did not start: nothing to stop
                }
            }
            infra.close();
            throw e;
        }
    }

    private static <T> CompletableFuture<T> emParalelo(String nome, Supplier<T> inicio) {
        return CompletableFuture.supplyAsync(
                inicio, tarefa -> Thread.ofPlatform().name(nome).daemon().start(tarefa));
    }

    /** The server started beside, or its own failure (an unchecked one, as the servers' starts throw). */
    private static <T> T aguardar(CompletableFuture<T> paralelo) {
        try {
            return paralelo.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The broker's endpoint on this port, known before it starts. */
    public static String sqsEndpoint(int porta) {
        return ElasticMqEmbarcado.endpoint(HOST_DAS_FILAS, porta).toString();
    }

    public String bureauAdmin() {
        return bureauAdmin;
    }

    /** The broker and the database, for the launcher's admin endpoint (fault drills). */
    public ElasticMqEmbarcado sqs() {
        return sqs;
    }

    public PostgresLocal postgres() {
        return postgres;
    }

    public RedisLocal redis() {
        return redis;
    }

    @Override
    public void close() {
        while (!iniciados.isEmpty()) {
            AutoCloseable servidor = iniciados.pop();
            try {
                servidor.close();
            } catch (Exception | LinkageError e) {
                // Ctrl-C reaches the embedded server processes too; one already gone (or a launcher jar rebuilt
                // under it) must not keep the rest up.
                System.err.println(
                        "[local-stack] aviso ao parar " + servidor.getClass().getSimpleName() + ": " + e);
            }
        }
    }
}
