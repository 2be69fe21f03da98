package br.com.credito.score.exemplo.domain;

import org.springframework.util.StringUtils;

/** Fixture: a domain class that leans on Spring, which the rules must refuse. */
public class PoliticaComFramework {

    public boolean vazio(String texto) {
        return !StringUtils.hasText(texto);
    }
}
