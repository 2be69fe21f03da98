package br.com.credito.investimento.servico;

import br.com.credito.testsupport.TokensDeTeste;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls the running service over loopback with a token holding both investment scopes. */
public final class ApiDeTeste {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"idInvestimento\":(\\d+)");

    private final String base;

    public ApiDeTeste(int porta) {
        this.base = "http://127.0.0.1:" + porta;
    }

    public static String corpo(String idCliente, String tipo, String valor) {
        return "{\"idCliente\":\"" + idCliente + "\",\"tipoInvestimento\":\"" + tipo + "\",\"valor\":" + valor + "}";
    }

    public HttpResponse<String> registrar(String corpo, String chave) {
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create(base + "/v1/investimentos"))
                .POST(HttpRequest.BodyPublishers.ofString(corpo))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token());
        if (chave != null) {
            pedido.header("Idempotency-Key", chave);
        }
        return enviar(pedido.build());
    }

    public HttpResponse<String> consultar(String caminhoEQuery) {
        return consultar(caminhoEQuery, token());
    }

    /** With the given token, or none when {@code token} is null. */
    public HttpResponse<String> consultar(String caminhoEQuery, String token) {
        HttpRequest.Builder pedido =
                HttpRequest.newBuilder(URI.create(base + caminhoEQuery)).GET();
        if (token != null) {
            pedido.header("Authorization", "Bearer " + token);
        }
        return enviar(pedido.build());
    }

    public static long idInvestimento(HttpResponse<String> resposta) {
        Matcher m = ID.matcher(resposta.body());
        if (!m.find()) {
            throw new AssertionError("resposta sem idInvestimento: " + resposta.body());
        }
        return Long.parseLong(m.group(1));
    }

    private static String token() {
        return TokensDeTeste.valido("investimento:escrever", "investimento:ler");
    }

    private static HttpResponse<String> enviar(HttpRequest pedido) {
        try {
            return HTTP.send(pedido, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
