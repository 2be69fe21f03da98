package br.com.credito.common.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The error translation every service shares. Services extend it with a {@code @RestControllerAdvice} of their own
 * that maps their domain exceptions; without one, {@link DefaultExceptionHandler} is used. Spring MVC's own
 * exceptions (malformed JSON, 405, 415, ...) all pass through {@link #handleExceptionInternal} and so come out with
 * our {@code type}, {@code codigo} and {@code traceId}, and a Portuguese detail that never quotes the exception.
 */
public abstract class BaseExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(BaseExceptionHandler.class);

    protected final ProblemDetailFactory problemas;
    private final ProblemasDoMvc mvc;

    protected BaseExceptionHandler(ProblemDetailFactory problemas) {
        this.problemas = problemas;
        this.mvc = new ProblemasDoMvc(problemas);
    }

    @ExceptionHandler(ProblemaException.class)
    ResponseEntity<Object> handleProblema(ProblemaException ex) {
        if (ex.tipo().status().is5xxServerError()) {
            log.warn("Requisicao terminou em {}: {}", ex.codigo(), ex.detalhe());
        }
        return responder(problemas.criar(ex.tipo(), ex.codigo(), ex.detalhe()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        List<ErroDeCampo> erros = ex.getConstraintViolations().stream()
                .map(v -> new ErroDeCampo(ultimoNo(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return responder(problemas.dadosInvalidos("Um ou mais parametros sao invalidos.", erros));
    }

    @ExceptionHandler(CorpoGrandeDemaisException.class)
    ResponseEntity<Object> handleCorpoGrandeDemais(CorpoGrandeDemaisException ex) {
        return responder(problemas.criar(TipoProblema.CORPO_GRANDE_DEMAIS, ex.getMessage()));
    }

    /**
     * A multipart body reaching a service that takes none (a resolver configured anyway, or a container that parsed
     * it): the media type is what is wrong, not the server (issue 16).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException ex) {
        return responder(problemas.criar(TipoProblema.MIDIA_NAO_SUPORTADA, "Envie o corpo como application/json."));
    }

    /** Security exceptions thrown past the filter chain (method security) keep their meaning instead of a 500. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex) {
        return responder(problemas.criar(TipoProblema.ACESSO_NEGADO, "O token nao concede o escopo exigido."));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex) {
        return responder(problemas.criar(TipoProblema.NAO_AUTENTICADO, "Token ausente, invalido ou expirado."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleInesperada(Exception ex) {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            return clienteDesconectou(ex);
        }
        if (FalhaDoBanco.indisponivel(ex)) {
            log.warn("Banco de dados indisponivel: {}", ex.getClass().getSimpleName());
            return responderDepois(
                    problemas.criar(
                            TipoProblema.SERVICO_INDISPONIVEL,
                            "BANCO_INDISPONIVEL",
                            "Armazenamento temporariamente indisponivel; nada foi gravado. Tente novamente."),
                    1);
        }
        log.error("Erro inesperado", ex);
        return responder(problemas.criar(TipoProblema.ERRO_INTERNO, "Erro inesperado. Informe o traceId ao suporte."));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            return clienteDesconectou(ex);
        }
        ProblemDetail problema = mvc.traduzir(ex, statusCode);
        if (statusCode.is5xxServerError()) {
            log.error("Erro ao processar requisicao", ex);
        }
        return ResponseEntity.status(statusCode)
                .headers(semContentType(headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problema);
    }

    /**
     * The caller hung up (its timeout, or a load balancer's) while the answer was being written: nothing can reach it
     * any more and nothing failed here, so no error log with a stack trace, and no body.
     */
    private static ResponseEntity<Object> clienteDesconectou(Exception ex) {
        log.info("Cliente desconectou antes da resposta: {}", ex.getClass().getSimpleName());
        return null;
    }

    private static String ultimoNo(String caminho) {
        int ponto = caminho.lastIndexOf('.');
        return ponto < 0 ? caminho : caminho.substring(ponto + 1);
    }

    private static HttpHeaders semContentType(HttpHeaders headers) {
        HttpHeaders copia = new HttpHeaders();
        if (headers != null) {
            copia.putAll(headers);
        }
        copia.remove(HttpHeaders.CONTENT_TYPE);
        return copia;
    }

    protected ResponseEntity<Object> responder(ProblemDetail problema) {
        return ResponseEntity.status(problema.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problema);
    }

    /** A problem worth retrying (a 503): {@code Retry-After} tells the channel, and the edge, when to try again. */
    protected ResponseEntity<Object> responderDepois(ProblemDetail problema, int segundos) {
        return ResponseEntity.status(problema.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(segundos))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problema);
    }
}
