package br.com.credito.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.common.apoio.AplicacaoDeTeste;
import br.com.credito.testsupport.ServidoresDeTeste;
import dev.openfeature.sdk.FeatureProvider;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started the way ECS starts it (credito-aws.yml imported, the task definition's variables set) gets the
 * CloudWatch registry, the OTLP endpoint of the ADOT sidecar and the AppConfig flags, and no Sentry without a DSN.
 * The CloudWatch endpoint points at a closed loopback port with static keys and pushing is off, so nothing leaves
 * the machine.
 */
@SpringBootTest(
        classes = AplicacaoDeTeste.class,
        properties = {
            "spring.config.import=classpath:credito-aws.yml",
            "AWS_REGION=sa-east-1",
            "CREDITO_AMBIENTE=teste",
            "CREDITO_METRICAS_NAMESPACE=Credito/teste-service",
            "CREDITO_FLAGS_URL=http://127.0.0.1:9/applications/credito/environments/teste/configurations/feature-flags",
            "spring.cloud.aws.credentials.access-key=teste",
            "spring.cloud.aws.credentials.secret-key=teste",
            "spring.cloud.aws.cloudwatch.endpoint=http://127.0.0.1:9",
            // The registry is built as in AWS but does not push (nor wait on a push at shutdown).
            "management.cloudwatch.metrics.export.enabled=false"
        })
@ContextConfiguration(initializers = ServidoresDeTeste.Jwks.class)
class PerfilAwsIT {

    @Autowired
    private ApplicationContext contexto;

    @Autowired
    private Environment ambiente;

    @Test
    void publicaMetricasNoCloudWatchNoNamespaceDoServico() {
        assertThat(contexto.getBeansOfType(CloudWatchMeterRegistry.class)).hasSize(1);
        assertThat(contexto.getBeansOfType(OtlpMeterRegistry.class)).isEmpty();
        assertThat(ambiente.getProperty("management.cloudwatch.metrics.export.namespace"))
                .isEqualTo("Credito/teste-service");
    }

    @Test
    void enviaTracosAoColetorAdotComAmostragemLimitada() {
        assertThat(ambiente.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
                .isEqualTo("http://localhost:4318/v1/traces");
        assertThat(ambiente.getProperty("management.tracing.sampling.probability"))
                .isEqualTo("0.1");
    }

    @Test
    void flagsDoAppConfigESemSentrySemDsn() {
        assertThat(contexto.getBean(FeatureProvider.class)).isInstanceOf(AppConfigFeatureProvider.class);
        assertThat(contexto.getBeanNamesForType(io.sentry.IScopes.class)).isEmpty();
    }
}
