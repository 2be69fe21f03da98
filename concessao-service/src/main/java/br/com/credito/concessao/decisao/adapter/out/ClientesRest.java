package br.com.credito.concessao.decisao.adapter.out;

import br.com.credito.common.http.ClientesHttp;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A RestClient for one downstream: base URL, connect and read timeouts on the HTTP client itself (a TimeLimiter would
 * not stop the call), a connection pool as large as the downstream's bulkhead (so the bulkhead, not the pool, is what
 * refuses), the service token, and a tolerant JSON reader (a downstream adding a field must not
 * break decisions; the platform's strict mapper is for what channels send us).
 */
public final class ClientesRest {

    private ClientesRest() {}

    /** {@code observacoes}: propagates the trace context ({@code traceparent}) and times each call. */
    public static RestClient criar(
            URI url,
            Duration connectTimeout,
            Duration readTimeout,
            int maxConexoes,
            ClientHttpRequestInterceptor token,
            ObservationRegistry observacoes) {
        JsonMapper tolerante = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return RestClient.builder()
                .baseUrl(url)
                .requestFactory(ClientesHttp.comPool(connectTimeout, readTimeout, maxConexoes))
                .requestInterceptor(token)
                .observationRegistry(observacoes)
                .configureMessageConverters(
                        c -> c.registerDefaults().withJsonConverter(new JacksonJsonHttpMessageConverter(tolerante)))
                .build();
    }
}
