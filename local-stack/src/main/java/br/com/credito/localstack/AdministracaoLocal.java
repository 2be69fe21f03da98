package br.com.credito.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Admin endpoint of the launcher, for the resilience drills (drills/falha-broker.sh, drills/reinicio-postgres.sh):
 * {@code POST /broker/stop}, {@code /broker/start}, {@code /postgres/restart}. Loopback only, no authentication: it
 * breaks the stack on purpose, so it must never be reachable from another machine. One thread: two faults requested
 * at once would race on the same server.
 */
public final class AdministracaoLocal implements AutoCloseable {

    public static final String VARIAVEL_PORTA = "LOCAL_ADMIN_PORT";
    public static final int PORTA_PADRAO = 9399;

    /** One fault or repair; throws when it could not be done, so the drill sees a 500 and stops. */
    @FunctionalInterface
    public interface Acao {
        void executar() throws Exception;
    }

    private final HttpServer servidor;
    private final ExecutorService executor;

    private AdministracaoLocal(HttpServer servidor, ExecutorService executor) {
        this.servidor = servidor;
        this.executor = executor;
    }

    public static int porta(Function<String, String> fonte) {
        return Portas.ler(fonte, VARIAVEL_PORTA, PORTA_PADRAO);
    }

    /** Serves each path of {@code acoes} (e.g. "/broker/stop") on 127.0.0.1:porta; 0 picks a free port. */
    public static AdministracaoLocal iniciar(int porta, Map<String, Acao> acoes) throws IOException {
        HttpServer servidor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), porta), 0);
        // The HTTP server's dispatcher thread carries the system class loader, which does not see the launcher's nested
        // jars: ElasticMQ (Pekko's reference.conf) failed to start again from it. The caller's loader does see them.
        ClassLoader carregador = Thread.currentThread().getContextClassLoader();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "local-stack-admin");
            t.setDaemon(true); // never holds the launcher's JVM up after Ctrl-C
            t.setContextClassLoader(carregador);
            return t;
        });
        servidor.setExecutor(executor);
        servidor.createContext("/", troca -> atender(troca, acoes));
        servidor.start();
        return new AdministracaoLocal(servidor, executor);
    }

    public int porta() {
        return servidor.getAddress().getPort();
    }

    private static void atender(HttpExchange troca, Map<String, Acao> acoes) throws IOException {
        try (troca) {
            Acao acao = acoes.get(troca.getRequestURI().getPath());
            if (acao == null) {
                responder(troca, 404, "caminhos: " + acoes.keySet());
            } else if (!"POST".equals(troca.getRequestMethod())) {
                responder(troca, 405, "use POST");
            } else {
                executar(troca, acao);
            }
        }
    }

    private static void executar(HttpExchange troca, Acao acao) throws IOException {
        String caminho = troca.getRequestURI().getPath();
        long inicio = System.nanoTime();
        try {
            acao.executar();
            long ms = (System.nanoTime() - inicio) / 1_000_000;
            System.out.println("[local-stack] admin " + caminho + ": feito em " + ms + " ms");
            responder(troca, 200, "ok " + caminho + " " + ms + " ms");
        } catch (Exception | LinkageError e) {
            System.err.println("[local-stack] admin " + caminho + " falhou: " + e);
            responder(troca, 500, caminho + " falhou: " + e);
        }
    }

    private static void responder(HttpExchange troca, int status, String texto) throws IOException {
        byte[] corpo = (texto + "\n").getBytes(StandardCharsets.UTF_8);
        troca.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        troca.sendResponseHeaders(status, corpo.length);
        try (OutputStream saida = troca.getResponseBody()) {
            saida.write(corpo);
        }
    }

    @Override
    public void close() {
        servidor.stop(0);
        executor.shutdownNow();
    }
}
