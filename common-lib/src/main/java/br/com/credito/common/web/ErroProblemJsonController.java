package br.com.credito.common.web;

import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.TipoProblema;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's error dispatch ({@code sendError} from a filter, Spring Security's firewall, a servlet) with
 * problem+json whatever the {@code Accept}: Boot's own controller answers HTML to a browser and its own JSON shape to
 * the rest. The detail is a fixed text per status, never the exception or the path (which may hold a client id).
 * Hidden from the OpenAPI documents: it is no endpoint of the API.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ErroProblemJsonController implements ErrorController {

    private final ProblemDetailFactory problemas;

    public ErroProblemJsonController(ProblemDetailFactory problemas) {
        this.problemas = problemas;
    }

    @RequestMapping(produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> erro(HttpServletRequest request) {
        Object codigo = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = codigo instanceof Integer valor && valor >= 400 ? valor : 500;
        TipoProblema tipo = TipoProblema.paraStatus(status);
        ProblemDetail problema = problemas.criar(tipo, DetalhesDeErro.padrao(tipo));
        problema.setStatus(status);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problema);
    }
}
