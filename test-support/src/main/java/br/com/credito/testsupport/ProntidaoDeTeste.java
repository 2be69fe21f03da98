package br.com.credito.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.core.env.Environment;

/**
 * The HTTP status of the running test server's readiness probe, as a load balancer sees it. A warm-up exercise of the
 * test calls it while the warm-up runs (issue 14), the test itself once the context is up.
 */
public final class ProntidaoDeTeste {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ProntidaoDeTeste() {}

    public static int status(Environment ambiente) throws IOException, InterruptedException {
        URI prontidao = URI.create(
                "http://127.0.0.1:" + ambiente.getRequiredProperty("local.server.port") + "/actuator/health/readiness");
        return HTTP.send(
                        HttpRequest.newBuilder(prontidao)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
