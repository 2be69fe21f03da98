package br.com.credito.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The environment variables an application reads: the {@code ${NAME...}} placeholders of its configuration. */
final class ConfiguracaoDasAplicacoes {

    /** Read by libraries or bound by Spring's relaxed binding, not through a placeholder. */
    static final Set<String> LIDAS_POR_BIBLIOTECAS = Set.of(
            "AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "MANAGEMENT_OTLP_METRICS_EXPORT_ENABLED");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private ConfiguracaoDasAplicacoes() {}

    /** Placeholders of the module's application*.yml plus common-lib's defaults, which every service but auth loads. */
    static Set<String> placeholders(Path raiz, String modulo) throws IOException {
        Set<String> nomes = new TreeSet<>();
        Path recursos = raiz.resolve(modulo).resolve("src/main/resources");
        if (Files.isDirectory(recursos)) {
            try (Stream<Path> arquivos = Files.list(recursos)) {
                for (Path yml : arquivos.filter(p -> p.getFileName().toString().matches("application.*\\.ya?ml"))
                        .toList()) {
                    nomes.addAll(de(Files.readString(yml)));
                }
            }
        }
        if (!modulo.equals("auth-server")) {
            nomes.addAll(de(Files.readString(raiz.resolve("common-lib/src/main/resources/credito-defaults.yml"))));
        }
        return nomes;
    }

    static Set<String> de(String texto) {
        Set<String> nomes = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(texto);
        while (m.find()) {
            nomes.add(m.group(1));
        }
        return nomes;
    }
}
