package br.com.credito.investimento;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.testsupport.PartidaNoPerfilAws;
import org.junit.jupiter.api.Test;

/** Issue 16, item 10: in the aws profile a secret the task definition did not inject stops the service at start. */
class SegredosNoPerfilAwsTest {

    @Test
    void semOsSegredosOServicoNaoParteNemCaiNosPadroesLocais() {
        Throwable falha = PartidaNoPerfilAws.falhaAoPartir(InvestimentoServiceApplication.class);
        assertThat(falha).isNotNull();
        assertThat(falha.getMessage())
                .contains("Perfil aws sem configuracao obrigatoria")
                .contains(
                        "spring.datasource.password",
                        "spring.datasource.username",
                        "spring.datasource.url",
                        "credito.seguranca.issuer-uri");
    }
}
