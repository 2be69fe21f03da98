package br.com.credito.common.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

/** The JDBC SSL factory trusts the CAs of the PEM bundle ECS hands the task, and refuses to start without one. */
class CaDoRdsSslFactoryTest {

    @Test
    void deveCriarAFabricaComOsCasDoBundle() throws Exception {
        var fabrica = new CaDoRdsSslFactory(bundle(), "DB_CA_PEM");

        assertThat(fabrica.getDefaultCipherSuites()).isNotEmpty();
    }

    @Test
    void deveRecusarSemBundle() {
        assertThatThrownBy(() -> new CaDoRdsSslFactory("  ", "DB_CA_PEM"))
                .isInstanceOf(GeneralSecurityException.class)
                .hasMessageContaining("DB_CA_PEM");
        assertThatThrownBy(() -> new CaDoRdsSslFactory("VARIAVEL_QUE_NAO_EXISTE_NO_TESTE"))
                .isInstanceOf(GeneralSecurityException.class);
    }

    private static String bundle() throws IOException {
        try (InputStream pem = CaDoRdsSslFactoryTest.class.getResourceAsStream("/tls/bundle-de-teste.pem")) {
            return new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
