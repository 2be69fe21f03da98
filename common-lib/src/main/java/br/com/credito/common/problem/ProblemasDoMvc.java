package br.com.credito.common.problem;

import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns Spring MVC's own exceptions (malformed JSON, failed binding or validation, 404, 405, 415, ...) into our
 * problem bodies, with a Portuguese detail that never quotes the exception.
 */
final class ProblemasDoMvc {

    private static final String CAMPOS_INVALIDOS = "Um ou mais campos são inválidos.";

    private final ProblemDetailFactory problemas;

    ProblemasDoMvc(ProblemDetailFactory problemas) {
        this.problemas = problemas;
    }

    ProblemDetail traduzir(Exception ex, HttpStatusCode statusCode) {
        if (ex instanceof BindException bind) {
            return problemas.dadosInvalidos(CAMPOS_INVALIDOS, errosDeCampo(bind));
        }
        if (ex instanceof HandlerMethodValidationException validacao) {
            return problemas.dadosInvalidos(CAMPOS_INVALIDOS, ErrosDeCampoLegiveis.deValidacao(validacao));
        }
        if (ex instanceof HttpMessageNotReadableException ilegivel) {
            return corpoIlegivel(ilegivel);
        }
        TipoProblema tipo = TipoProblema.paraStatus(statusCode.value());
        return problemas.criar(tipo, detalhePadrao(tipo, ex));
    }

    private ProblemDetail corpoIlegivel(HttpMessageNotReadableException ilegivel) {
        if (ilegivel.getRootCause() instanceof CorpoGrandeDemaisException grande) {
            return problemas.criar(TipoProblema.CORPO_GRANDE_DEMAIS, grande.getMessage());
        }
        return ErrosDeCampoLegiveis.deLeitura(ilegivel)
                .map(erro -> problemas.dadosInvalidos(
                        "JSON_MALFORMADO", "O campo " + erro.campo() + " tem valor inválido.", List.of(erro)))
                .orElseGet(() -> problemas.criar(
                        TipoProblema.DADOS_INVALIDOS,
                        "JSON_MALFORMADO",
                        "Corpo da requisição ausente ou malformado: envie um objeto JSON."));
    }

    private static String detalhePadrao(TipoProblema tipo, Exception ex) {
        return switch (tipo) {
            case NAO_ENCONTRADO -> "Recurso nao encontrado.";
            case METODO_NAO_PERMITIDO -> "Metodo HTTP nao suportado por este recurso.";
            case MIDIA_NAO_SUPORTADA -> "Envie o corpo como application/json.";
            case NAO_ACEITAVEL -> "Este recurso responde em application/json.";
            case DADOS_INVALIDOS -> "Requisicao invalida: " + ex.getClass().getSimpleName() + ".";
            case SERVICO_INDISPONIVEL -> "Servico temporariamente indisponivel.";
            default -> "Erro inesperado. Informe o traceId ao suporte.";
        };
    }

    private static List<ErroDeCampo> errosDeCampo(BindException bind) {
        return bind.getBindingResult().getAllErrors().stream()
                .map(e -> new ErroDeCampo(
                        e instanceof FieldError campo ? campo.getField() : e.getObjectName(), e.getDefaultMessage()))
                .toList();
    }
}
