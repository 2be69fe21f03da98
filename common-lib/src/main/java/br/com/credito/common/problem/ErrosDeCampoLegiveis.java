package br.com.credito.common.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Field errors a channel developer can act on: the field named as the client sent it (JSON path of the body, or the
 * header/query/path name, never the Java parameter), and in Portuguese what the field accepts. The rejected value is
 * never echoed (it may be PII).
 */
final class ErrosDeCampoLegiveis {

    private ErrosDeCampoLegiveis() {}

    /** A body JSON could not bind (a wrong type, an unknown enum value, an unknown field), or empty if not located. */
    static Optional<ErroDeCampo> deLeitura(HttpMessageNotReadableException ex) {
        for (Throwable causa = ex.getCause(); causa != null; causa = causa.getCause()) {
            if (causa instanceof MismatchedInputException erro
                    && !erro.getPath().isEmpty()) {
                return Optional.of(new ErroDeCampo(caminho(erro.getPath()), oQueEAceito(erro)));
            }
        }
        return Optional.empty();
    }

    /** Method validation (a @Valid body beside a validated header or parameter lands here as a whole). */
    static List<ErroDeCampo> deValidacao(HandlerMethodValidationException ex) {
        List<ErroDeCampo> erros = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(resultado -> resultado.getResolvableErrors().forEach(erro -> {
                    String campo = erro instanceof FieldError deCampo
                            ? deCampo.getField()
                            : nomeEnviado(resultado.getMethodParameter());
                    erros.add(new ErroDeCampo(campo, erro.getDefaultMessage()));
                }));
        return erros;
    }

    static String nomeEnviado(MethodParameter parametro) {
        RequestHeader cabecalho = parametro.getParameterAnnotation(RequestHeader.class);
        if (cabecalho != null && !cabecalho.name().isEmpty()) {
            return cabecalho.name();
        }
        RequestParam consulta = parametro.getParameterAnnotation(RequestParam.class);
        if (consulta != null && !consulta.name().isEmpty()) {
            return consulta.name();
        }
        PathVariable caminho = parametro.getParameterAnnotation(PathVariable.class);
        if (caminho != null && !caminho.name().isEmpty()) {
            return caminho.name();
        }
        return parametro.getParameterName();
    }

    private static String caminho(List<JacksonException.Reference> referencias) {
        StringBuilder caminho = new StringBuilder();
        for (JacksonException.Reference referencia : referencias) {
            if (referencia.getPropertyName() != null) {
                caminho.append(caminho.isEmpty() ? "" : ".").append(referencia.getPropertyName());
            } else if (referencia.getIndex() >= 0) {
                caminho.append('[').append(referencia.getIndex()).append(']');
            }
        }
        return caminho.toString();
    }

    private static String oQueEAceito(MismatchedInputException erro) {
        if (erro instanceof UnrecognizedPropertyException desconhecido) {
            return "campo não reconhecido; os campos aceitos são " + nomes(desconhecido.getKnownPropertyIds());
        }
        Class<?> alvo = erro.getTargetType();
        if (erro.getCurrentToken() == JsonToken.VALUE_NULL) {
            return "não pode ser nulo";
        }
        if (alvo == null) {
            return "valor em formato inválido";
        }
        if (alvo.isEnum()) {
            return "deve ser um de "
                    + Arrays.stream(alvo.getEnumConstants())
                            .map(constante -> ((Enum<?>) constante).name())
                            .collect(Collectors.joining(", "));
        }
        return oQueEAceitoPorTipo(alvo);
    }

    private static String oQueEAceitoPorTipo(Class<?> alvo) {
        if (alvo == Integer.class
                || alvo == int.class
                || alvo == Long.class
                || alvo == long.class
                || alvo == BigInteger.class) {
            return "deve ser um número inteiro";
        }
        if (Number.class.isAssignableFrom(alvo)
                || alvo == BigDecimal.class
                || alvo.isPrimitive() && alvo != boolean.class) {
            return "deve ser um número";
        }
        if (alvo == Boolean.class || alvo == boolean.class) {
            return "deve ser true ou false";
        }
        if (alvo == String.class) {
            return "deve ser um texto";
        }
        if (Collection.class.isAssignableFrom(alvo) || alvo.isArray()) {
            return "deve ser uma lista";
        }
        return "deve ser um objeto JSON";
    }

    private static String nomes(Collection<Object> conhecidos) {
        return conhecidos == null
                ? "os do contrato"
                : conhecidos.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
