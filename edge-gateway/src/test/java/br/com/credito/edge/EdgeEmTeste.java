package br.com.credito.edge;

import br.com.credito.testsupport.ServidoresDeTeste;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The edge on a random port, its routes on the fake backend, tokens from the test JWKS; requests over real HTTP. */
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
abstract class EdgeEmTeste {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int porta;

    @DynamicPropertySource
    static void rotas(DynamicPropertyRegistry registro) {
        BackendFalso.apontarRotas(registro);
    }

    HttpRequest.Builder pedido(String caminho, String token) {
        return HttpRequest.newBuilder(uri(caminho)).header("Authorization", "Bearer " + token);
    }

    URI uri(String caminho) {
        return URI.create("http://127.0.0.1:" + porta + caminho);
    }

    static HttpResponse<String> enviar(HttpRequest.Builder pedido) throws Exception {
        return HTTP.send(pedido.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The log without the fields that are random or a clock: trace and span ids (random hex), the request id (a UUID)
     * and the timestamp (nanoseconds). Any of them may hold any run of digits (a timestamp ending in .987654906 failed
     * a check that 98765 is absent once), so a check that a customer id is absent looks at every other field.
     */
    static String semCamposAleatorios(String log) {
        return log.replaceAll("\"(trace_id|span_id|request_id|timestamp)\":\"[^\"]*\"", "");
    }
}
