package br.com.credito.common.problem;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Used by a service that has no domain exceptions of its own to map. */
@RestControllerAdvice
public class DefaultExceptionHandler extends BaseExceptionHandler {

    public DefaultExceptionHandler(ProblemDetailFactory problemas) {
        super(problemas);
    }
}
