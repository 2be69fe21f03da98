package br.com.credito.edge.acesso;

import br.com.credito.common.problem.ProblemResponseWriter;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.edge.config.EdgeProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles each client (the token's {@code client_id}, else its {@code sub}) with a token bucket, like API Gateway's
 * usage plans. Runs after the JWT is validated, so an unauthenticated flood is already answered with 401. Buckets
 * live in this JVM (one edge locally); idle ones are evicted so the map cannot grow without bound.
 */
final class LimiteDeRequisicoesFilter extends OncePerRequestFilter {

    /** The client, for the access log, which runs outside the security context. */
    static final String ATRIBUTO_CLIENTE = LimiteDeRequisicoesFilter.class.getName() + ".cliente";

    private final EdgeProperties.Limite limite;
    private final ProblemResponseWriter writer;
    private final Cache<String, Bucket> baldes = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    LimiteDeRequisicoesFilter(EdgeProperties.Limite limite, ProblemResponseWriter writer) {
        this.limite = limite;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String cliente = cliente(SecurityContextHolder.getContext().getAuthentication());
        request.setAttribute(ATRIBUTO_CLIENTE, cliente);
        if (cliente == null) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe consumo = baldes.get(cliente, c -> novoBalde()).tryConsumeAndReturnRemaining(1);
        if (consumo.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(consumo.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(segundosAte(consumo.getNanosToWaitForRefill())));
        writer.escrever(response, TipoProblema.LIMITE_DE_REQUISICOES, "Limite de requisicoes do cliente excedido.");
    }

    private static String cliente(Authentication autenticacao) {
        if (autenticacao instanceof JwtAuthenticationToken jwt) {
            String clientId = jwt.getToken().getClaimAsString("client_id");
            return clientId != null ? clientId : jwt.getToken().getSubject();
        }
        return null;
    }

    private Bucket novoBalde() {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limite.capacidade()).refillGreedy(limite.reposicao(), limite.periodo()))
                .build();
    }

    /** Retry-After is whole seconds; round up so a client that obeys it is not refused again. */
    private static long segundosAte(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
