package br.com.credito.common.aws;

import dev.openfeature.sdk.FeatureProvider;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feature flags from AppConfig, only where the ECS task definition sets {@code CREDITO_FLAGS_URL}. The provider is
 * {@code @Primary}: in AWS, AppConfig is where flags live, over any local provider a service defines for the
 * default profile.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(FeatureProvider.class)
@ConditionalOnProperty(prefix = "credito.flags", name = "url")
@EnableConfigurationProperties(FlagsProperties.class)
public class AwsAutoConfiguration {

    @Bean
    FlagsAppConfig flagsAppConfig(FlagsProperties propriedades, ObjectProvider<JsonMapper> json) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(propriedades.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new FlagsAppConfig(propriedades, http, json.getIfAvailable(JsonMapper::new), Clock.systemUTC());
    }

    @Bean
    @Primary
    AppConfigFeatureProvider appConfigFeatureProvider(FlagsAppConfig flags) {
        return new AppConfigFeatureProvider(flags);
    }
}
