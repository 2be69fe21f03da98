package br.com.credito.edge.acesso;

import br.com.credito.common.logging.ModelosDeUri;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static void registrar(HttpServletRequest request, HttpServletResponse response, long duracaoMs) {
        ACESSO.atInfo()
                .setMessage("acesso")
                .addKeyValue("http_method", request.getMethod())
                .addKeyValue("route", request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR))
                .addKeyValue("path", ModelosDeUri.modelo(request.getRequestURI()))
                .addKeyValue("status", response.getStatus())
                .addKeyValue("duration_ms", duracaoMs)
                .addKeyValue("client_id", request.getAttribute(LimiteDeRequisicoesFilter.ATRIBUTO_CLIENTE))
                .addKeyValue("request_id", request.getAttribute(IdRequisicaoFilter.ATRIBUTO))
                .log();
    }
}
