package br.com.credito.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error an endpoint answers beyond those every endpoint may answer (400, 401, 403, 413 with a body, 500), with the
 * {@code codigo} values a channel can branch on. Read by {@link RespostasDeErro} into the OpenAPI document, also
 * through an annotation that carries it ({@link BancoIndisponivel}), so that an error many endpoints share is worded
 * once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(ErroDocumentado.Lista.class)
public @interface ErroDocumentado {

    int status();

    String[] codigos();

    /** What happened and what the channel should do, in Portuguese. */
    String descricao();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @interface Lista {
        ErroDocumentado[] value();
    }
}
