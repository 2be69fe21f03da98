package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.common.problem.BaseExceptionHandler;
import br.com.credito.common.problem.ErroDeCampo;
import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.investimento.investimento.domain.ChaveIdempotenciaInvalidaException;
import br.com.credito.investimento.investimento.domain.ChaveIdempotenciaReutilizadaException;
import br.com.credito.investimento.investimento.domain.InvestimentoInvalidoException;
import br.com.credito.investimento.investimento.domain.InvestimentoNaoEncontradoException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The service's one advice: domain exceptions to RFC 9457 bodies; everything else is the platform's. */
@RestControllerAdvice
class InvestimentoExceptionHandler extends BaseExceptionHandler {

    static final String CHAVE_REUSADA = "IDEMPOTENCY_KEY_REUSADA";
    static final String NAO_ENCONTRADO = "INVESTIMENTO_NAO_ENCONTRADO";

    InvestimentoExceptionHandler(ProblemDetailFactory problemas) {
        super(problemas);
    }

    @ExceptionHandler(ChaveIdempotenciaReutilizadaException.class)
    ResponseEntity<Object> chaveReutilizada(ChaveIdempotenciaReutilizadaException ex) {
        return responder(problemas.criar(
                TipoProblema.CONFLITO,
                CHAVE_REUSADA,
                "A Idempotency-Key ja foi usada com outro corpo. Use uma chave nova para uma nova requisicao."));
    }

    @ExceptionHandler(ChaveIdempotenciaInvalidaException.class)
    ResponseEntity<Object> chaveInvalida(ChaveIdempotenciaInvalidaException ex) {
        return responder(problemas.dadosInvalidos(
                "Cabecalho Idempotency-Key invalido.",
                List.of(new ErroDeCampo(InvestimentoController.IDEMPOTENCY_KEY, ex.getMessage()))));
    }

    @ExceptionHandler(InvestimentoInvalidoException.class)
    ResponseEntity<Object> investimentoInvalido(InvestimentoInvalidoException ex) {
        return responder(problemas.dadosInvalidos(
                "Um ou mais campos sao invalidos.", List.of(new ErroDeCampo(ex.campo(), ex.getMessage()))));
    }

    @ExceptionHandler(InvestimentoNaoEncontradoException.class)
    ResponseEntity<Object> naoEncontrado(InvestimentoNaoEncontradoException ex) {
        return responder(problemas.criar(TipoProblema.NAO_ENCONTRADO, NAO_ENCONTRADO, "Investimento nao encontrado."));
    }
}
