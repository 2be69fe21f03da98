package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import jakarta.validation.constraints.NotNull;

record ValidacaoRequest(@NotNull ParametrosPolitica parametros) {}
