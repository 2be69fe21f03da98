package br.com.credito.common.web;

import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.TipoProblema;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests itself, before any filter or servlet runs: a NUL, an overlong UTF-8 sequence or an
 * encoded slash in the path, a brace in the request line. Its default report is an HTML page; this one writes the
 * platform's problem+json instead, so that every error of the API is JSON (issue 16). It never names the cause: the
 * rejected path may carry a client id.
 */
public final class ValvulaDeErroProblemJson extends ErrorReportValve {

    private final ProblemDetailFactory problemas;
    private final JsonMapper json;

    public ValvulaDeErroProblemJson(ProblemDetailFactory problemas, JsonMapper json) {
        this.problemas = problemas;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean podeEscrever = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, podeEscrever);
        if (!podeEscrever.get()) {
            return;
        }
        TipoProblema tipo = TipoProblema.paraStatus(status);
        String corpo = json.writeValueAsString(problemas.criar(tipo, DetalhesDeErro.padrao(tipo)));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer escritor = response.getReporter();
            if (escritor != null) {
                escritor.write(corpo);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over meanwhile: nothing left to tell it.
        }
    }
}
