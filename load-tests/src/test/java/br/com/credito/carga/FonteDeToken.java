package br.com.credito.carga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One client-credentials token for the whole run, renewed in the background before it expires, so virtual users read
 * it without blocking Gatling's event loop and the authorization server sees one call per token lifetime, not one
 * per request. A failed renewal keeps the current token and tries again shortly.
 */
final class FonteDeToken implements AutoCloseable {

    static final Duration ANTECEDENCIA = Duration.ofSeconds(30);
    static final Duration NOVA_TENTATIVA = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService agendador = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "renovacao-token");
        t.setDaemon(true);
        return t;
    });
    private final HttpRequest pedido;
    private volatile String token;

    FonteDeToken(URI tokenUrl, String clientId, String clientSecret, String escopos) {
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        String corpo = "grant_type=client_credentials&scope=" + URLEncoder.encode(escopos, StandardCharsets.UTF_8);
        this.pedido = HttpRequest.newBuilder(Loopback.exigir(tokenUrl))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corpo))
                .build();
    }

    /** Fetches the first token (failing the run early if the authorization server is not there) and schedules renewals. */
    FonteDeToken iniciar() {
        agendar(buscar());
        return this;
    }

    String token() {
        String atual = token;
        if (atual == null) {
            throw new IllegalStateException("token ainda nao obtido: chame iniciar()");
        }
        return atual;
    }

    @Override
    public void close() {
        agendador.shutdownNow();
    }

    private void renovar() {
        try {
            agendar(buscar());
        } catch (RuntimeException e) {
            agendador.schedule(this::renovar, NOVA_TENTATIVA.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void agendar(Duration validade) {
        Duration espera = validade.minus(ANTECEDENCIA);
        long millis = Math.max(NOVA_TENTATIVA.toMillis(), espera.toMillis());
        agendador.schedule(this::renovar, millis, TimeUnit.MILLISECONDS);
    }

    private Duration buscar() {
        try {
            HttpResponse<String> resposta = http.send(pedido, HttpResponse.BodyHandlers.ofString());
            if (resposta.statusCode() != 200) {
                throw new IllegalStateException("token: HTTP " + resposta.statusCode() + " de " + pedido.uri());
            }
            JsonNode corpo = json.readTree(resposta.body());
            String valor = corpo.path("access_token").asText("");
            if (valor.isEmpty()) {
                throw new IllegalStateException("token: resposta sem access_token de " + pedido.uri());
            }
            token = valor;
            return Duration.ofSeconds(corpo.path("expires_in").asLong(300));
        } catch (IOException e) {
            throw new IllegalStateException("token: falha ao chamar " + pedido.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("token: interrompido", e);
        }
    }
}
