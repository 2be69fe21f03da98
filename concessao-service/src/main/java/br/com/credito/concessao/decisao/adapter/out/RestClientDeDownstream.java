package br.com.credito.concessao.decisao.adapter.out;

import br.com.credito.common.http.ChamadaResiliente;
import br.com.credito.common.http.ConexoesHttp;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A RestClient for one downstream, from Boot's builder (observation and trace propagation): base URL, connect and read
 * timeouts on the HTTP client itself (a TimeLimiter would not stop the call), a connection pool as large as the
 * downstream's bulkhead, the service token, and a tolerant JSON reader (a downstream adding a field must not break
 * decisions; the platform's strict mapper is for what channels send us).
 */
public final class RestClientDeDownstream {

    private static final JsonMapper TOLERANTE = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RestClientDeDownstream() {}

    public static RestClient criar(
            RestClient.Builder builder,
            URI url,
            Duration connectTimeout,
            Duration readTimeout,
            ChamadaResiliente resiliencia,
            ClientHttpRequestInterceptor token) {
        return ConexoesHttp.para(builder, url, connectTimeout, readTimeout, resiliencia)
                .requestInterceptor(token)
                .configureMessageConverters(
                        c -> c.registerDefaults().withJsonConverter(new JacksonJsonHttpMessageConverter(TOLERANTE)))
                .build();
    }
}
