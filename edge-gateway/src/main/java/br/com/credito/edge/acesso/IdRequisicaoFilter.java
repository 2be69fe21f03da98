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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an {@value #CABECALHO}: the caller's when it is a UUID (so a channel can correlate its own calls),
 * otherwise a new UUID (free text from outside never reaches a header or a log line). The id goes to the service, back
 * to the caller (errors from the edge included) and into the access log.
 */
final class IdRequisicaoFilter extends OncePerRequestFilter {

    static final String CABECALHO = "X-Request-Id";
    static final String ATRIBUTO = IdRequisicaoFilter.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idDoChamador(request.getHeader(CABECALHO)).toString();
        request.setAttribute(ATRIBUTO, id);
        response.setHeader(CABECALHO, id);
        chain.doFilter(new ComIdRequisicao(request, id), response);
    }

    /** A UUID sent by the caller, re-written from its parsed value (nothing of the raw header is echoed), or a new one. */
    static UUID idDoChamador(String recebido) {
        if (recebido != null && recebido.length() == 36) {
            try {
                return UUID.fromString(recebido);
            } catch (IllegalArgumentException e) {
                // Not a UUID: the edge issues its own.
            }
        }
        return UUID.randomUUID();
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
