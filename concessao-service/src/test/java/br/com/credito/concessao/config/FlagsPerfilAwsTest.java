package br.com.credito.concessao.config;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.aws.AppConfigFeatureProvider;
import br.com.credito.common.aws.AwsAutoConfiguration;
import br.com.credito.concessao.decisao.adapter.out.flags.OpenFeatureSinalizadores;
import br.com.credito.concessao.decisao.domain.ModoFallbackScore;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.openfeature.sdk.FeatureProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * In the {@code aws} profile the decision reads its flags through the AppConfig Agent's HTTP API (here a WireMock on
 * the agent's path), with the catalogue's names: no local provider exists, and the string flag resolves too.
 */
class FlagsPerfilAwsTest {

    private static final String CAMINHO_AGENTE = "/applications/credito/environments/dev/configurations/feature-flags";

    @RegisterExtension
    static WireMockExtension agente = WireMockExtension.newInstance()
            .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                    .dynamicPort())
            .build();

    // A generous read timeout: this is about what the agent's API answers, not how fast (the box may be loaded).
    private final ApplicationContextRunner contexto = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class))
            .withUserConfiguration(FlagsConfig.class)
            .withPropertyValues("credito.flags.timeout=10s");

    @Test
    void deveLerAsFlagsDoAgenteAppConfigNoPerfilAws() {
        // What the agent serves for the catalogue (flags.json) with values other than the local defaults.
        agente.stubFor(get(urlPathEqualTo(CAMINHO_AGENTE)).willReturn(okJson("""
                {"score-fallback": {"enabled": true, "valor": "SCORE_CONSERVADOR"},
                 "recalculo-automatico": {"enabled": false},
                 "fanout-sequencial": {"enabled": true}}""")));

        contexto.withPropertyValues(
                        "spring.profiles.active=aws", "credito.flags.url=" + agente.baseUrl() + CAMINHO_AGENTE)
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(FeatureProvider.class);
                    assertThat(ctx.getBean(FeatureProvider.class)).isInstanceOf(AppConfigFeatureProvider.class);
                    OpenFeatureSinalizadores flags = ctx.getBean(OpenFeatureSinalizadores.class);

                    assertThat(flags.modoFallbackScore()).isEqualTo(ModoFallbackScore.SCORE_CONSERVADOR);
                    assertThat(flags.recalculoAutomatico()).isFalse();
                    assertThat(flags.fanoutSequencial()).isTrue();
                });
        agente.verify(getRequestedFor(urlPathEqualTo(CAMINHO_AGENTE)));
    }

    @Test
    void deveUsarOsPadroesSegurosQuandoOAgenteNaoTemAFlag() {
        agente.stubFor(get(urlPathEqualTo(CAMINHO_AGENTE)).willReturn(okJson("{}")));

        contexto.withPropertyValues(
                        "spring.profiles.active=aws", "credito.flags.url=" + agente.baseUrl() + CAMINHO_AGENTE)
                .run(ctx -> {
                    OpenFeatureSinalizadores flags = ctx.getBean(OpenFeatureSinalizadores.class);

                    assertThat(flags.modoFallbackScore()).isEqualTo(ModoFallbackScore.EM_ANALISE);
                    assertThat(flags.recalculoAutomatico()).isTrue();
                    assertThat(flags.fanoutSequencial()).isFalse();
                });
    }
}
