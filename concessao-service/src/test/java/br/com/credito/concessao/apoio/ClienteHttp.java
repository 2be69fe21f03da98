package br.com.credito.concessao.apoio;

import br.com.credito.common.security.Escopos;
import br.com.credito.testsupport.TokensDeTeste;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The channel's side of the API in ITs: JDK HttpClient with a valid token carrying both card scopes. */
public final class ClienteHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = new JsonMapper();
    private static final String TOKEN = TokensDeTeste.valido(Escopos.CARTAO_CONCEDER, Escopos.CARTAO_LER);

    private final String base;
    private final String token;

    public ClienteHttp(int porta) {
        this(porta, TOKEN);
    }

    private ClienteHttp(int porta, String token) {
        this.base = "http://127.0.0.1:" + porta;
        this.token = token;
    }

    /** The same API called by another channel (another token subject). */
    public static ClienteHttp doCanal(int porta, String canal) {
        return new ClienteHttp(porta, TokensDeTeste.validoPara(canal, Escopos.CARTAO_CONCEDER, Escopos.CARTAO_LER));
    }

    public HttpResponse<String> conceder(String idCliente, String tipoCartao, String chave) {
        HttpRequest.Builder pedido = novo("/v1/cartao/concessao")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"idCliente\":\"" + idCliente + "\",\"tipoCartao\":\"" + tipoCartao + "\"}"));
        if (chave != null) {
            pedido.header("Idempotency-Key", chave);
        }
        return enviar(pedido);
    }

    public HttpResponse<String> get(String caminho) {
        return enviar(novo(caminho).GET());
    }

    public HttpResponse<String> post(String caminho, String corpo) {
        return enviar(novo(caminho).POST(HttpRequest.BodyPublishers.ofString(corpo)));
    }

    /** How many decisions the service stored for a client. */
    public static long decisoesGravadas(JdbcClient jdbc, String idCliente) {
        return jdbc.sql("select count(*) from concessao where id_cliente = :id")
                .param("id", idCliente)
                .query(Long.class)
                .single();
    }

    public static JsonNode json(HttpResponse<String> resposta) {
        return JSON.readTree(resposta.body());
    }

    private HttpRequest.Builder novo(String caminho) {
        return HttpRequest.newBuilder(URI.create(base + caminho))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> enviar(HttpRequest.Builder pedido) {
        try {
            return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
