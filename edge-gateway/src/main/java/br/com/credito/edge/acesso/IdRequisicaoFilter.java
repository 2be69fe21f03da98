package br.com.credito.edge.acesso;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an {@value #CABECALHO}: the caller's, when it is a short plain token (so a client can correlate
 * its own calls), otherwise a new UUID (never trust free text that ends up in logs). The id goes to the service, back
 * to the caller (errors from the edge included) and into the access log.
 */
final class IdRequisicaoFilter extends OncePerRequestFilter {

    static final String CABECALHO = "X-Request-Id";
    static final String ATRIBUTO = IdRequisicaoFilter.class.getName();

    private static final Pattern ID_ACEITO = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String recebido = request.getHeader(CABECALHO);
        String id = recebido != null && ID_ACEITO.matcher(recebido).matches()
                ? recebido
                : UUID.randomUUID().toString();
        request.setAttribute(ATRIBUTO, id);
        response.setHeader(CABECALHO, id);
        chain.doFilter(new ComIdRequisicao(request, id), response);
    }

    /** The request as the service sees it: with the chosen id, whatever the caller sent. */
    private static final class ComIdRequisicao extends HttpServletRequestWrapper {

        private final String id;

        ComIdRequisicao(HttpServletRequest request, String id) {
            super(request);
            this.id = id;
        }

        @Override
        public String getHeader(String nome) {
            return CABECALHO.equalsIgnoreCase(nome) ? id : super.getHeader(nome);
        }

        @Override
        public Enumeration<String> getHeaders(String nome) {
            return CABECALHO.equalsIgnoreCase(nome) ? Collections.enumeration(Set.of(id)) : super.getHeaders(nome);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> nomes = new LinkedHashSet<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String nome = e.nextElement();
                if (!CABECALHO.equalsIgnoreCase(nome)) {
                    nomes.add(nome);
                }
            }
            nomes.add(CABECALHO);
            return Collections.enumeration(nomes);
        }
    }
}
