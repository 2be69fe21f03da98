package br.com.credito.regras;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.TokensDeTeste;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over loopback with real tokens, and reads JSON answers. */
final class ApiDeTeste {

    static final JsonMapper JSON = new JsonMapper();
    static final String APROVADOR = "risco-aprovador";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int porta;

    ApiDeTeste(int porta) {
        this.porta = porta;
    }

    HttpResponse<String> avaliar(String corpo) {
        return enviar("POST", "/v1/regras/avaliar", corpo, Escopos.REGRAS_AVALIAR);
    }

    JsonNode avaliarOk(String corpo) {
        return ok(avaliar(corpo));
    }

    HttpResponse<String> admin(String metodo, String caminho, String corpo) {
        return enviar(metodo, caminho, corpo, Escopos.REGRAS_ADMIN);
    }

    JsonNode adminOk(String metodo, String caminho, String corpo) {
        return ok(admin(metodo, caminho, corpo));
    }

    /** As another principal of the risk team than the drafts' author (four eyes on activation). */
    HttpResponse<String> aprovador(String metodo, String caminho) {
        return enviarComToken(metodo, caminho, null, TokensDeTeste.validoPara(APROVADOR, Escopos.REGRAS_ADMIN));
    }

    JsonNode aprovadorOk(String metodo, String caminho) {
        return ok(aprovador(metodo, caminho));
    }

    static JsonNode json(HttpResponse<String> resposta) {
        return JSON.readTree(resposta.body());
    }

    private static JsonNode ok(HttpResponse<String> resposta) {
        if (resposta.statusCode() / 100 != 2) {
            throw new AssertionError("HTTP " + resposta.statusCode() + ": " + resposta.body());
        }
        return json(resposta);
    }

    private HttpResponse<String> enviar(String metodo, String caminho, String corpo, String escopo) {
        return enviarComToken(metodo, caminho, corpo, TokensDeTeste.valido(escopo));
    }

    private HttpResponse<String> enviarComToken(String metodo, String caminho, String corpo, String token) {
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + porta + caminho))
                .method(
                        metodo,
                        corpo == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(corpo))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        try {
            return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
