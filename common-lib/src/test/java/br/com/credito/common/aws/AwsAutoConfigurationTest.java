package br.com.credito.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openfeature.sdk.FeatureProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The aws additions stay off unless the ECS task definition turns them on. */
class AwsAutoConfigurationTest {

    private final ApplicationContextRunner contexto =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AwsAutoConfiguration.class));

    @Test
    void naoRegistraNadaSemAUrlDoAgente() {
        contexto.run(ctx -> assertThat(ctx).doesNotHaveBean(FeatureProvider.class));
    }

    @Test
    void registraOProvedorDoAppConfigComAUrlDoAgente() {
        contexto.withPropertyValues(
                        "credito.flags.url=http://localhost:2772/applications/credito/environments/dev/configurations/feature-flags")
                .run(ctx -> assertThat(ctx).hasSingleBean(FeatureProvider.class).hasSingleBean(FlagsAppConfig.class));
    }
}
