package br.com.credito.common.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A client id as every API of the platform accepts it ({@link Validacoes#ID_CLIENTE_REGEX}), with the one message a
 * channel reads in the 400's {@code erros}. A missing value passes, as with {@code @Pattern}: pair it with
 * {@code @NotBlank} where the id is required. The OpenAPI document shows the pattern (common-lib's openapi package).
 */
@Documented
@Pattern(regexp = Validacoes.ID_CLIENTE_REGEX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdCliente {

    String message() default Validacoes.ID_CLIENTE_MENSAGEM;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
