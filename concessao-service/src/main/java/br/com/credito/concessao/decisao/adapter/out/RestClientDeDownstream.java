package br.com.credito.concessao.decisao.adapter.out;

import java.util.function.UnaryOperator;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What concessão adds to the common outbound client (common-lib {@code AdaptadoresHttp}: base URL, timeouts, a pool
 * as large as the bulkhead) for each downstream: the service token, and a tolerant JSON reader (a downstream adding a
 * field must not break decisions; the platform's strict mapper is for what channels send us).
 */
public final class RestClientDeDownstream {

    private static final JsonMapper TOLERANTE = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RestClientDeDownstream() {}

    public static UnaryOperator<RestClient.Builder> ajuste(ClientHttpRequestInterceptor token) {
        return builder -> builder.requestInterceptor(token)
                .configureMessageConverters(
                        c -> c.registerDefaults().withJsonConverter(new JacksonJsonHttpMessageConverter(TOLERANTE)));
    }
}
