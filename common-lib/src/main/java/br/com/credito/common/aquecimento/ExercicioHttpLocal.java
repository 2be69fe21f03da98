package br.com.credito.common.aquecimento;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.core.env.Environment;

/**
 * The instance's own HTTP stack, over loopback: Tomcat, the filters, a JSON health answer, and the JWT path of the
 * security chain. The token is synthetic: well formed, RS256, but with a random signature, so the resource server
 * fetches the JWKS, runs the RSA check and answers 401 problem+json. No endpoint behind it runs, nothing is stored.
 */
final class ExercicioHttpLocal implements ExercicioDeAquecimento {

    private static final Duration TEMPO_LIMITE = Duration.ofSeconds(5);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final Environment ambiente;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TEMPO_LIMITE).build();
    private final String tokenSintetico;

    ExercicioHttpLocal(Environment ambiente) {
        this.ambiente = ambiente;
        this.tokenSintetico = tokenSintetico(ambiente.getProperty("credito.seguranca.issuer-uri", "aquecimento"));
    }

    @Override
    public String nome() {
        return "http-local";
    }

    @Override
    public void executar() throws Exception {
        URI vivacidade = ExercicioDeAquecimento.vivacidadeLocal(ambiente);
        enviar(HttpRequest.newBuilder(vivacidade));
        enviar(HttpRequest.newBuilder(vivacidade.resolve("/v1/aquecimento"))
                .header("Authorization", "Bearer " + tokenSintetico)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"aquecimento\":true}")));
    }

    private void enviar(HttpRequest.Builder pedido) throws Exception {
        http.send(pedido.timeout(TEMPO_LIMITE).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String tokenSintetico(String emissor) {
        long exp = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        String cabecalho = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String corpo = "{\"iss\":\"" + emissor.replace("\"", "") + "\",\"aud\":\"credito-api\",\"sub\":\"aquecimento\","
                + "\"scope\":\"aquecimento\",\"exp\":" + exp + "}";
        byte[] assinatura = new byte[256];
        new SecureRandom().nextBytes(assinatura);
        return b64(cabecalho) + "." + b64(corpo) + "." + BASE64.encodeToString(assinatura);
    }

    private static String b64(String texto) {
        return BASE64.encodeToString(texto.getBytes(StandardCharsets.UTF_8));
    }
}
