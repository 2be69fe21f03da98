package br.com.credito.score;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.testsupport.PartidaNoPerfilAws;
import org.junit.jupiter.api.Test;

/** Issue 16, item 10: in the aws profile a secret the task definition did not inject stops the service at start. */
class SegredosNoPerfilAwsTest {

    @Test
    void semOsSegredosOServicoNaoParteNemCaiNosPadroesLocais() {
        Throwable falha = PartidaNoPerfilAws.falhaAoPartir(ScoreServiceApplication.class);
        assertThat(falha).isNotNull();
        assertThat(falha.getMessage())
                .contains("Perfil aws sem configuracao obrigatoria")
                .contains("spring.data.redis.password", "credito.seguranca.issuer-uri");
    }
}
