package br.com.credito.carga;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.sun.net.httpserver.HttpServer;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Warms the load generator itself while it waits for the system under test, so that a drill's first seconds measure
 * the stack and not Gatling's own cold start. Measured on the cold-start drill (2 cores): in the first second after the
 * signal a cold Gatling JVM used 0.9 CPU s, as much as the five services together, and its first requests' times
 * included its own interpreted Netty and Gatling code. A channel's backend is a warm client on machines of its own.
 *
 * <p>The same request as the load's (POST, JSON body, bearer header, status and JSON-path checks) goes to a small HTTP
 * server inside this JVM, on a loopback ephemeral port: nothing reaches the stack, and the requests are silent, so they
 * stay out of Gatling's statistics and of the SLO assertions. The warm-up is bounded ({@link #REQUISICOES}) and
 * announced ({@link #AQUECIDO}): a drill starts the stack only then, as it shares the two cores (looping for the whole
 * wait took 5.0 CPU s of a 53.8 s start, bounded but beside the start 3.1 of 55.0; load-tests README). Past the bound
 * the users only wait. Either loop ends when the start signal is there; the real populations follow
 * ({@code andThen}). Past the longest wait it stops the run instead of loading a stack that never became ready.
 */
final class AquecimentoDoGerador implements AutoCloseable {

    static final String NOME = "aquecimento-do-gerador";
    private static final byte[] RESPOSTA = "{\"codigoDecisao\":\"APROVADO\"}".getBytes(StandardCharsets.UTF_8);
    // Eight users, each pausing 20 ms: a few hundred requests/s, the warm-up over in seconds.
    static final int USUARIOS = 8;
    private static final Duration PAUSA = Duration.ofMillis(20);
    // Each method on the request's path then ran thousands of times, past the JIT's thresholds for its optimising
    // compiler.
    static final int REQUISICOES = 2_000;
    /** Printed once the bound is reached; the drills wait for it. */
    static final String AQUECIDO = "carga: gerador aquecido";
    // The wait after the warm-up: how late the load may start after the signal, besides Gatling's injector tick.
    private static final Duration PAUSA_OCIOSA = Duration.ofMillis(20);

    private final HttpServer servidor;
    private final int limite;
    private final AtomicInteger respondidas = new AtomicInteger();

    private AquecimentoDoGerador(HttpServer servidor, int limite) {
        this.servidor = servidor;
        this.limite = limite;
    }

    /** Starts the local answering server (loopback, ephemeral port). */
    static AquecimentoDoGerador iniciar() {
        return iniciar(REQUISICOES);
    }

    /** @param limite how many answers end the warm-up */
    static AquecimentoDoGerador iniciar(int limite) {
        try {
            HttpServer servidor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            AquecimentoDoGerador gerador = new AquecimentoDoGerador(servidor, limite);
            servidor.createContext("/", troca -> {
                try (InputStream corpo = troca.getRequestBody();
                        OutputStream saida = troca.getResponseBody()) {
                    corpo.readAllBytes();
                    troca.getResponseHeaders().set("Content-Type", "application/json");
                    troca.sendResponseHeaders(200, RESPOSTA.length);
                    saida.write(RESPOSTA);
                }
                if (gerador.respondidas.incrementAndGet() == limite) {
                    System.out.println(AQUECIDO + " (" + limite + " respostas)");
                }
            });
            servidor.start();
            return gerador;
        } catch (IOException e) {
            throw new UncheckedIOException("servidor local do aquecimento do gerador", e);
        }
    }

    String url() {
        InetSocketAddress endereco = servidor.getAddress();
        return "http://" + endereco.getAddress().getHostAddress() + ":" + endereco.getPort() + "/aquecimento";
    }

    /**
     * @param pronto true once the load may start (the signal is there and the token taken)
     * @param esgotado true once the wait has run past its limit
     */
    ScenarioBuilder cenario(BooleanSupplier pronto, BooleanSupplier esgotado) {
        BooleanSupplier esperando = () -> !pronto.getAsBoolean() && !esgotado.getAsBoolean();
        return scenario(NOME)
                .exec(asLongAs(session -> aquecendo(esperando))
                        .on(exec(http(NOME)
                                        .post(url())
                                        .header("Authorization", "Bearer aquecimento")
                                        .body(StringBody("{\"idCliente\":\"0\",\"tipoCartao\":\"GOLD\"}"))
                                        .asJson()
                                        .check(
                                                status().is(200),
                                                jsonPath("$.codigoDecisao").exists())
                                        .silent())
                                .pause(PAUSA)))
                .exec(asLongAs(session -> esperando.getAsBoolean()).on(pause(PAUSA_OCIOSA)))
                .exec(stopLoadGeneratorIf(
                        "o sinal de inicio da carga nao apareceu a tempo", session -> esgotado.getAsBoolean()));
    }

    /** While still waiting for the signal and short of the bound. */
    boolean aquecendo(BooleanSupplier esperando) {
        return esperando.getAsBoolean() && respondidas.get() < limite;
    }

    @Override
    public void close() {
        servidor.stop(0);
    }
}
