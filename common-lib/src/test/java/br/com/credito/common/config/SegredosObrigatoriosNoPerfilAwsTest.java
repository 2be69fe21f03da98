package br.com.credito.common.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SegredosObrigatoriosNoPerfilAwsTest {

    private final SegredosObrigatoriosNoPerfilAws verificacao = new SegredosObrigatoriosNoPerfilAws();

    @Test
    void segredoSemValorNoPerfilAwsImpedeAPartidaENomeiaAConfiguracao() {
        StandardEnvironment ambiente = ambiente(Map.of(), "aws");
        assertThatThrownBy(() -> verificacao.postProcessEnvironment(ambiente, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.password")
                .hasMessageContaining("credito-servico.client-secret")
                .hasMessageNotContaining("spring.datasource.url");
    }

    @Test
    void segredoEmBrancoTambemImpede() {
        StandardEnvironment ambiente = ambiente(Map.of("DB_PASSWORD", " ", "CREDITO_CLIENT_SECRET", "s"), "aws");
        assertThatThrownBy(() -> verificacao.postProcessEnvironment(ambiente, null))
                .hasMessageContaining("spring.datasource.password")
                .hasMessageNotContaining("client-secret");
    }

    @Test
    void segredosInjetadosPassam() {
        StandardEnvironment ambiente = ambiente(Map.of("DB_PASSWORD", "x", "CREDITO_CLIENT_SECRET", "y"), "aws");
        assertThatCode(() -> verificacao.postProcessEnvironment(ambiente, null)).doesNotThrowAnyException();
    }

    @Test
    void foraDoPerfilAwsNadaEVerificado() {
        StandardEnvironment ambiente = ambiente(Map.of());
        assertThatCode(() -> verificacao.postProcessEnvironment(ambiente, null)).doesNotThrowAnyException();
    }

    /** As a service's application-aws.yml declares them: placeholders with no default. No url is declared here. */
    private static StandardEnvironment ambiente(Map<String, Object> variaveis, String... perfis) {
        StandardEnvironment ambiente = new StandardEnvironment();
        ambiente.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        ambiente.setActiveProfiles(perfis);
        Map<String, Object> yml = new HashMap<>();
        yml.put("spring.datasource.password", "${DB_PASSWORD}");
        yml.put("spring.security.oauth2.client.registration.credito-servico.client-secret", "${CREDITO_CLIENT_SECRET}");
        ambiente.getPropertySources().addLast(new MapPropertySource("variaveis", variaveis));
        ambiente.getPropertySources().addLast(new MapPropertySource("application-aws.yml", yml));
        return ambiente;
    }
}
