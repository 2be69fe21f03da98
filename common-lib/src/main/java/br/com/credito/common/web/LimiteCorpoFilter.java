package br.com.credito.common.web;

import br.com.credito.common.problem.CorpoGrandeDemaisException;
import br.com.credito.common.problem.ProblemResponseWriter;
import br.com.credito.common.problem.TipoProblema;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit with 413 before they are parsed: by Content-Length when the client declares it,
 * and while reading when it streams the body in chunks. Tomcat's own limits cover only form posts.
 */
public final class LimiteCorpoFilter extends OncePerRequestFilter {

    private final long limiteBytes;
    private final ProblemResponseWriter writer;

    public LimiteCorpoFilter(long limiteBytes, ProblemResponseWriter writer) {
        this.limiteBytes = limiteBytes;
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limiteBytes) {
            writer.escrever(
                    response,
                    TipoProblema.CORPO_GRANDE_DEMAIS,
                    new CorpoGrandeDemaisException(limiteBytes).getMessage());
            return;
        }
        chain.doFilter(new RequisicaoLimitada(request, limiteBytes), response);
    }

    private static final class RequisicaoLimitada extends HttpServletRequestWrapper {
        private final long limite;

        RequisicaoLimitada(HttpServletRequest request, long limite) {
            super(request);
            this.limite = limite;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            return new EntradaLimitada(super.getInputStream(), limite);
        }
    }

    private static final class EntradaLimitada extends ServletInputStream {
        private final ServletInputStream origem;
        private final long limite;
        private long lidos;

        EntradaLimitada(ServletInputStream origem, long limite) {
            this.origem = origem;
            this.limite = limite;
        }

        @Override
        public int read() throws IOException {
            int b = origem.read();
            if (b >= 0) {
                contar(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int inicio, int tamanho) throws IOException {
            int n = origem.read(buffer, inicio, tamanho);
            if (n > 0) {
                contar(n);
            }
            return n;
        }

        private void contar(int n) throws CorpoGrandeDemaisException {
            lidos += n;
            if (lidos > limite) {
                throw new CorpoGrandeDemaisException(limite);
            }
        }

        @Override
        public boolean isFinished() {
            return origem.isFinished();
        }

        @Override
        public boolean isReady() {
            return origem.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            origem.setReadListener(listener);
        }
    }
}
