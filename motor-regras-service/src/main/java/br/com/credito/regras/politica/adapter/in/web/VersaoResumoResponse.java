package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.politica.domain.StatusVersao;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import java.time.Instant;

record VersaoResumoResponse(
        int versao,
        StatusVersao status,
        String descricao,
        Instant criadaEm,
        Instant ativadaEm,
        Integer versaoAnterior) {

    static VersaoResumoResponse de(VersaoPolitica v) {
        return new VersaoResumoResponse(
                v.versao(),
                v.status(),
                v.descricao(),
                v.criadaEm(),
                v.ativadaEm(),
                v.versaoAnterior().orElse(null));
    }
}
