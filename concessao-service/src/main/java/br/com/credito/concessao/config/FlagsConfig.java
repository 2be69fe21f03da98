package br.com.credito.concessao.config;

import br.com.credito.concessao.decisao.adapter.out.flags.OpenFeatureSinalizadores;
import br.com.credito.concessao.decisao.domain.port.Sinalizadores;
import dev.openfeature.sdk.FeatureProvider;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Feature flags: one {@link FeatureProvider} bean, whichever it is. Locally (and in tests) OpenFeature's
 * {@link InMemoryProvider} over the {@code concessao.flags} map; in the {@code aws} profile common-lib's AppConfig
 * provider (the AppConfig Agent sidecar, {@code CREDITO_FLAGS_URL}). The flag names are the catalogue's
 * (infra-terraform/modules/flags/flags.json); the policy tests keep code, configuration and catalogue equal.
 * An isolated OpenFeature API per application context (not the JVM-wide singleton), so that test contexts with
 * different flags do not overwrite each other's provider.
 */
@Configuration(proxyBeanMethods = false)
class FlagsConfig {

    @Bean
    @Profile("!aws")
    FeatureProvider flagsDeConfiguracao(ConcessaoProperties propriedades) {
        Map<String, Flag<?>> flags = new HashMap<>();
        propriedades.flags().forEach((nome, texto) -> flags.put(nome, flag(texto)));
        return new InMemoryProvider(flags);
    }

    @Bean(destroyMethod = "shutdown")
    OpenFeatureAPI openFeature(FeatureProvider provedor) {
        OpenFeatureAPI api = OpenFeatureAPI.createIsolated();
        api.setProviderAndWait(provedor);
        return api;
    }

    @Bean
    Sinalizadores sinalizadores(OpenFeatureAPI openFeature) {
        return new OpenFeatureSinalizadores(openFeature.getClient("concessao-service"));
    }

    /** "true"/"false" are boolean flags, anything else a string flag (configuration values are text). */
    private static Flag<?> flag(String texto) {
        String valor = texto.trim();
        return switch (valor.toLowerCase(Locale.ROOT)) {
            case "true" -> unica(Boolean.TRUE);
            case "false" -> unica(Boolean.FALSE);
            default -> unica(valor);
        };
    }

    private static <T> Flag<T> unica(T valor) {
        return Flag.<T>builder().variant("valor", valor).defaultVariant("valor").build();
    }
}
