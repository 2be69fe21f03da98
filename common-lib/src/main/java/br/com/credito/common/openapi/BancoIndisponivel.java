package br.com.credito.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the 503 {@code BANCO_INDISPONIVEL} of an endpoint that reads or writes the service's database: the
 * platform's handler answers it, with Retry-After, whenever the database cannot be reached. One wording for every
 * such endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ErroDocumentado(
        status = 503,
        codigos = "BANCO_INDISPONIVEL",
        descricao = "Armazenamento indisponível; nada foi gravado. Tente de novo (Retry-After).")
public @interface BancoIndisponivel {}
