package br.com.credito.common.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the {@code aws} profile a secret the task definition did not inject stops the service before anything starts,
 * instead of falling back to a local default ({@code postgres}, {@code concessao-secret}) or to a literal
 * {@code ${DB_PASSWORD}} (Boot's binder leaves an unresolved placeholder as text). Each service's
 * application-aws.yml declares its secrets without a default; this check reads those that the service declares and
 * fails on any that is unresolved or blank (issue 16, item 10).
 */
public class SegredosObrigatoriosNoPerfilAws implements EnvironmentPostProcessor, Ordered {

    static final String PERFIL = "aws";

    /** Settings that are secrets, or whose local default would silently point production at the wrong place. */
    static final List<String> OBRIGATORIAS = List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.data.redis.password",
            "spring.security.oauth2.client.registration.credito-servico.client-id",
            "spring.security.oauth2.client.registration.credito-servico.client-secret",
            "spring.security.oauth2.client.provider.credito.token-uri",
            "credito.seguranca.issuer-uri");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment ambiente, SpringApplication aplicacao) {
        if (ambiente.matchesProfiles(PERFIL)) {
            verificar(ambiente);
        }
    }

    /** Throws naming every missing setting (never a value). */
    static void verificar(ConfigurableEnvironment ambiente) {
        List<String> ausentes = new ArrayList<>();
        for (String nome : OBRIGATORIAS) {
            if (!ambiente.containsProperty(nome)) {
                continue;
            }
            try {
                String valor = ambiente.getProperty(nome);
                if (valor == null || valor.isBlank()) {
                    ausentes.add(nome);
                }
            } catch (IllegalArgumentException placeholderSemValor) {
                ausentes.add(nome);
            }
        }
        if (!ausentes.isEmpty()) {
            throw new IllegalStateException("Perfil aws sem configuracao obrigatoria (segredo ou endereco nao injetado"
                    + " pela task definition): " + String.join(", ", ausentes));
        }
    }

    /** After the config data (application-aws.yml) and the platform defaults are in the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
