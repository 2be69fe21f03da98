package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.adapter.out.flags.FlagsDeConfiguracaoProvider;
import br.com.credito.concessao.decisao.adapter.out.flags.OpenFeatureSinalizadores;
import dev.openfeature.sdk.OpenFeatureAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An isolated OpenFeature API per application context (not the JVM-wide singleton), so that test contexts with
 * different flags do not overwrite each other's provider.
 */
@Configuration(proxyBeanMethods = false)
class FlagsConfig {

    @Bean(destroyMethod = "shutdown")
    OpenFeatureAPI openFeature(ConcessaoProperties propriedades) {
        OpenFeatureAPI api = OpenFeatureAPI.createIsolated();
        api.setProviderAndWait(new FlagsDeConfiguracaoProvider(propriedades.flags()));
        return api;
    }

    @Bean
    OpenFeatureSinalizadores sinalizadores(OpenFeatureAPI openFeature) {
        return new OpenFeatureSinalizadores(openFeature.getClient("concessao-service"));
    }
}
