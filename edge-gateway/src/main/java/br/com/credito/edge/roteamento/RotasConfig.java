package br.com.credito.edge.roteamento;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.edge.config.EdgeProperties;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes as API Gateway's: one path prefix per service, forwarded unchanged (the Authorization header included, so
 * each service checks the token and its scopes again).
 */
@Configuration(proxyBeanMethods = false)
class RotasConfig {

    private static final Logger LOG = LoggerFactory.getLogger(RotasConfig.class);

    @Bean
    RouterFunction<ServerResponse> rotas(EdgeProperties propriedades, ProblemDetailFactory problemas) {
        EdgeProperties.Destinos destinos = propriedades.destinos();
        return rota("cartao", "/v1/cartao/**", destinos.concessao(), problemas)
                .and(rota("regras", "/v1/regras/**", destinos.regras(), problemas))
                .and(rota("historico", "/v1/historico/**", destinos.historico(), problemas))
                .and(rota("score", "/v1/score/**", destinos.score(), problemas))
                .and(rota("investimentos", "/v1/investimentos", destinos.investimento(), problemas))
                .and(rota("investimentos-item", "/v1/investimentos/**", destinos.investimento(), problemas));
    }

    private static RouterFunction<ServerResponse> rota(
            String id, String padrao, URI destino, ProblemDetailFactory problemas) {
        return route(id)
                .route(path(padrao), http())
                .before(uri(destino))
                .onError(Exception.class, (erro, pedido) -> indisponivel(id, erro, problemas))
                .build();
    }

    /** A service that cannot be reached or answers too late is a 503 for the caller, like API Gateway's. */
    private static ServerResponse indisponivel(String rota, Throwable erro, ProblemDetailFactory problemas) {
        LOG.warn("Servico da rota {} indisponivel: {}", rota, erro.getClass().getSimpleName());
        ProblemDetail problema = problemas.criar(
                TipoProblema.SERVICO_INDISPONIVEL, "SERVICO_INDISPONIVEL", "Servico temporariamente indisponivel.");
        return ServerResponse.status(problema.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problema);
    }
}
