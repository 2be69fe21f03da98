package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.avaliacao.domain.PoliticaEmPortugues;
import br.com.credito.regras.politica.domain.StatusVersao;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import java.time.Instant;
import java.util.List;

/** A version with its parameters and the same rules rendered in Portuguese for business readers. */
record VersaoResponse(
        int versao,
        StatusVersao status,
        String descricao,
        Instant criadaEm,
        Instant ativadaEm,
        Integer versaoAnterior,
        ParametrosPolitica parametros,
        List<String> regras) {

    static VersaoResponse de(VersaoPolitica v) {
        return new VersaoResponse(
                v.versao(),
                v.status(),
                v.descricao(),
                v.criadaEm(),
                v.ativadaEm(),
                v.versaoAnterior().orElse(null),
                v.parametros(),
                PoliticaEmPortugues.descrever(v.parametros()));
    }
}
