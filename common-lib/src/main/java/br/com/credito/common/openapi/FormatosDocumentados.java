package br.com.credito.common.openapi;

import br.com.credito.common.web.IdCliente;
import br.com.credito.common.web.Validacoes;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.core.MethodParameter;

/**
 * Shows the platform's own constraints in the document as springdoc shows {@code @Pattern}: springdoc and swagger-core
 * read only the standard annotations placed directly, so an {@link IdCliente} parameter or body field gets its pattern
 * here.
 */
final class FormatosDocumentados implements ParameterCustomizer, PropertyCustomizer {

    @Override
    public Parameter customize(Parameter parametro, MethodParameter metodo) {
        if (parametro != null && parametro.getSchema() != null && metodo.hasParameterAnnotation(IdCliente.class)) {
            parametro.getSchema().setPattern(Validacoes.ID_CLIENTE_REGEX);
        }
        return parametro;
    }

    @Override
    public Schema customize(Schema propriedade, AnnotatedType tipo) {
        Annotation[] anotacoes = tipo.getCtxAnnotations();
        if (propriedade != null
                && anotacoes != null
                && Arrays.stream(anotacoes).anyMatch(IdCliente.class::isInstance)) {
            propriedade.setPattern(Validacoes.ID_CLIENTE_REGEX);
        }
        return propriedade;
    }
}
