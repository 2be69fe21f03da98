package br.com.credito.concessao.decisao.adapter.in.web;

import br.com.credito.common.problem.BaseExceptionHandler;
import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.concessao.decisao.domain.ConflitoDeIdempotenciaException;
import br.com.credito.concessao.decisao.domain.MotorDeRegrasIndisponivelException;
import br.com.credito.concessao.decisao.domain.NaoEncontradoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's domain exceptions as RFC 9457 problems; everything else is the platform's BaseExceptionHandler. */
@RestControllerAdvice
class ConcessaoExceptionHandler extends BaseExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ConcessaoExceptionHandler.class);

    ConcessaoExceptionHandler(ProblemDetailFactory problemas) {
        super(problemas);
    }

    @ExceptionHandler(MotorDeRegrasIndisponivelException.class)
    ResponseEntity<Object> regrasIndisponivel(MotorDeRegrasIndisponivelException ex) {
        log.warn("Motor de regras indisponivel: {}", ex.getCause().getClass().getSimpleName());
        return responderDepois(
                problemas.criar(
                        TipoProblema.SERVICO_INDISPONIVEL,
                        "REGRAS_INDISPONIVEL",
                        "A politica de credito nao pode ser avaliada agora; nenhuma decisao foi tomada. Tente novamente."),
                5);
    }

    @ExceptionHandler(AdmissaoDeDecisoes.AdmissaoRecusadaException.class)
    ResponseEntity<Object> sobrecarga(AdmissaoDeDecisoes.AdmissaoRecusadaException ex) {
        log.warn("Decisao recusada na admissao: decisoes simultaneas no limite durante toda a espera");
        return responderDepois(
                problemas.criar(
                        TipoProblema.SERVICO_INDISPONIVEL,
                        "SOBRECARGA",
                        "Decisoes demais em andamento nesta instancia; nenhuma decisao foi tomada. Tente novamente."),
                1);
    }

    @ExceptionHandler(ConflitoDeIdempotenciaException.class)
    ResponseEntity<Object> conflitoDeIdempotencia(ConflitoDeIdempotenciaException ex) {
        return responder(problemas.criar(
                TipoProblema.CONFLITO,
                "IDEMPOTENCIA_CONFLITO",
                "Esta Idempotency-Key ja foi usada com outro corpo de requisicao."));
    }

    @ExceptionHandler(NaoEncontradoException.class)
    ResponseEntity<Object> naoEncontrado(NaoEncontradoException ex) {
        return responder(problemas.criar(TipoProblema.NAO_ENCONTRADO, ex.codigo(), ex.getMessage()));
    }
}
