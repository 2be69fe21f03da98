package br.com.credito.concessao.decisao.application;

import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;

/** The inputs gathered for a client and what the policy made of them, before anything is stored. */
public record Avaliacao(EntradasDaDecisao entradas, ResultadoPolitica resultado) {}
