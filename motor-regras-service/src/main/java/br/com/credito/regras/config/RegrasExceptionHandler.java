package br.com.credito.regras.config;

import br.com.credito.common.problem.BaseExceptionHandler;
import br.com.credito.common.problem.ErroDeCampo;
import br.com.credito.common.problem.ProblemDetailFactory;
import br.com.credito.common.problem.TipoProblema;
import br.com.credito.regras.avaliacao.domain.DadosInvalidosException;
import br.com.credito.regras.avaliacao.domain.PoliticaIndisponivelException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class RegrasExceptionHandler extends BaseExceptionHandler {

    RegrasExceptionHandler(ProblemDetailFactory problemas) {
        super(problemas);
    }

    @ExceptionHandler(DadosInvalidosException.class)
    ResponseEntity<Object> handleDadosInvalidos(DadosInvalidosException ex) {
        var erros = ex.erros().stream()
                .map(e -> new ErroDeCampo(e.campo(), e.mensagem()))
                .toList();
        return responder(problemas.dadosInvalidos(ex.getMessage(), erros));
    }

    @ExceptionHandler(PoliticaIndisponivelException.class)
    ResponseEntity<Object> handlePoliticaIndisponivel(PoliticaIndisponivelException ex) {
        return responder(problemas.criar(TipoProblema.SERVICO_INDISPONIVEL, "POLITICA_INDISPONIVEL", ex.getMessage()));
    }

    /** Only the one-active index can be broken by a valid request: two activations raced and this one lost. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleConflito(DataIntegrityViolationException ex) {
        return responder(problemas.criar(
                TipoProblema.CONFLITO,
                "ATIVACAO_CONCORRENTE",
                "Outra ativacao da politica terminou antes desta. Consulte a versao ativa e tente de novo."));
    }
}
