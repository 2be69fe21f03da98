package br.com.credito.regras.politica.adapter.in.web;

import java.util.List;

/** A coherent candidate, echoed as the Portuguese rules it would put in force. */
record ValidacaoResponse(boolean valida, List<String> regras) {}
