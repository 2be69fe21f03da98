package br.com.credito.common.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem body from servlet filters, which run before (and outside) Spring MVC's exception handling. */
public final class ProblemResponseWriter {

    private final ProblemDetailFactory problemas;
    private final JsonMapper jsonMapper;

    public ProblemResponseWriter(ProblemDetailFactory problemas, JsonMapper jsonMapper) {
        this.problemas = problemas;
        this.jsonMapper = jsonMapper;
    }

    public void escrever(HttpServletResponse response, TipoProblema tipo, String detalhe) throws IOException {
        escrever(response, problemas.criar(tipo, detalhe));
    }

    public void escrever(HttpServletResponse response, ProblemDetail problema) throws IOException {
        response.setStatus(problema.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problema);
    }
}
