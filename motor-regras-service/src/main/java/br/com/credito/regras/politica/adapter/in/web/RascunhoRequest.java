package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version. The parameter document is the domain record itself: its coherence rules (bands, caps, weights) live
 * once, in ValidadorDeParametros, and come back as field errors under {@code parametros.*}.
 */
record RascunhoRequest(
        @NotBlank @Size(max = 200) String descricao,
        @NotNull ParametrosPolitica parametros) {}
