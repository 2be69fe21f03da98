package br.com.credito.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfiguracaoDasAplicacoesTest {

    @Test
    void deveExtrairSoNomesDeVariaveisDosPlaceholders() {
        String yml = "url: ${DB_URL:jdbc:postgresql://localhost/credito}\nport: ${SERVER_PORT}\n"
                + "outro: ${spring.application.name}\njwk: ${CREDITO_SEGURANCA_JWK_SET_URI:${credito.seguranca.issuer-uri}}";

        assertThat(ConfiguracaoDasAplicacoes.de(yml))
                .containsExactly("CREDITO_SEGURANCA_JWK_SET_URI", "DB_URL", "SERVER_PORT");
    }
}
