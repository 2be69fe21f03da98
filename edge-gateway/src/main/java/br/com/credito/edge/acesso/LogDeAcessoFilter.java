package br.com.credito.edge.acesso;

import br.com.credito.common.logging.ModelosDeUri;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One access-log line per request, as API Gateway's access logs: method, route, masked path, status, latency,
 * client and request id, as separate JSON fields. The path is logged as its URI template
 * ({@code /v1/cartao/limites/{idCliente}/historico}, issue 16) and the query string is left out, because both may
 * carry a client id.
 */
final class LogDeAcessoFilter extends OncePerRequestFilter {

    private static final Logger ACESSO = LoggerFactory.getLogger("br.com.credito.edge.ACESSO");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long inicio = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            registrar(request, response, (System.nanoTime() - inicio) / 1_000_000);
        }
    }

    /**
     * The key/value pairs become top-level JSON fields (common-lib's structured log format), so the access log is
     * queryable field by field instead of parsing a message. A field without value (no route matched, no token) is
     * left out rather than written as null.
     */
    private static void registrar(HttpServletRequest request, HttpServletResponse response, long duracaoMs) {
        LoggingEventBuilder linha = ACESSO.atInfo().setMessage("acesso");
        Map<String, Object> campos = new LinkedHashMap<>();
        campos.put("http_method", request.getMethod());
        campos.put("route", request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR));
        campos.put("path", ModelosDeUri.modelo(request.getRequestURI()));
        campos.put("status", response.getStatus());
        campos.put("duration_ms", duracaoMs);
        campos.put("client_id", request.getAttribute(LimiteDeRequisicoesFilter.ATRIBUTO_CLIENTE));
        campos.put("request_id", request.getAttribute(IdRequisicaoFilter.ATRIBUTO));
        for (Map.Entry<String, Object> campo : campos.entrySet()) {
            if (campo.getValue() != null) {
                linha = linha.addKeyValue(campo.getKey(), campo.getValue());
            }
        }
        linha.log();
    }
}
