package br.com.credito.common.http;

import java.time.Duration;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Pooled Apache HttpClient 5 (classic, blocking): on a virtual thread the caller does its own socket I/O. The JDK
 * HttpClient hands every exchange to a selector thread and an executor and, under Spring's read timeout, builds a
 * cancellation exception per call; at 40 decisions/s that was a quarter of concessao-service's CPU (issue 9).
 *
 * <p>What the pool is told, and why:
 *
 * <ul>
 *   <li>{@code maxConexoes} per destination: each client talks to one destination, and without it Apache's default of
 *       5 per route queued calls at ~50 TPS;
 *   <li>waiting for a pooled connection is bounded by the connect timeout, so a full pool fails fast instead of
 *       hiding behind the read timeout;
 *   <li>no automatic retries: Resilience4j owns retries (Apache would otherwise retry 503 and some I/O errors on its
 *       own, multiplying the attempts the breakers count);
 *   <li>a connection idle for more than a second is checked before reuse and evicted after 30 s, so a restarted
 *       downstream costs no failed call.
 * </ul>
 */
public final class ConexoesHttp {

    private static final TimeValue VALIDAR_APOS_INATIVIDADE = TimeValue.ofSeconds(1);
    private static final TimeValue DESCARTAR_OCIOSA_APOS = TimeValue.ofSeconds(30);

    private ConexoesHttp() {}

    /**
     * Boot's builder (so each attempt is timed in {@code http.client.requests} by URI template and carries the trace
     * context) on a pool holding as many connections as the downstream's bulkhead lets calls through, so the bulkhead,
     * not the pool, is what refuses.
     */
    public static RestClient.Builder para(RestClient.Builder builder, Destino destino, ChamadaResiliente resiliencia) {
        return builder.baseUrl(destino.url())
                .requestFactory(
                        comPool(destino.connectTimeout(), destino.readTimeout(), resiliencia.maxChamadasSimultaneas()));
    }

    public static ClientHttpRequestFactory comPool(Duration conexao, Duration leitura, int maxConexoes) {
        if (maxConexoes < 1) {
            throw new IllegalArgumentException("maxConexoes deve ser positivo");
        }
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withConnectionManagerCustomizer(
                        pool -> pool.setMaxConnTotal(maxConexoes).setMaxConnPerRoute(maxConexoes))
                .withConnectionConfigCustomizer(
                        conexoes -> conexoes.setValidateAfterInactivity(VALIDAR_APOS_INATIVIDADE))
                .withDefaultRequestConfigCustomizer(pedido -> pedido.setConnectionRequestTimeout(Timeout.of(conexao)))
                .withHttpClientCustomizer(cliente -> cliente.disableAutomaticRetries()
                        .disableCookieManagement()
                        .evictIdleConnections(DESCARTAR_OCIOSA_APOS))
                .build(HttpClientSettings.defaults()
                        .withTimeouts(conexao, leitura)
                        .withRedirects(HttpRedirects.DONT_FOLLOW));
    }
}
