package br.com.credito.infra.workflow;

import br.com.credito.infra.Repositorio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A YAML file of the repository, as plain maps and lists. */
record Yaml(Path arquivo, String texto, Map<String, Object> raiz) {

    static Yaml ler(String relativo) {
        Path arquivo = Repositorio.caminho(relativo);
        try {
            String texto = Files.readString(arquivo);
            Map<String, Object> raiz =
                    new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).load(texto);
            return new Yaml(arquivo, texto, raiz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML 1.1 reads the key {@code on} as the boolean true. */
    Map<String, Object> gatilhos() {
        Object on = raiz.containsKey("on") ? raiz.get("on") : raiz.get(Boolean.TRUE);
        return mapa(on);
    }

    Map<String, Object> jobs() {
        return mapa(raiz.get("jobs"));
    }

    Map<String, Object> job(String nome) {
        Map<String, Object> job = mapa(jobs().get(nome));
        if (job.isEmpty()) {
            throw new AssertionError("Sem job '" + nome + "' em " + arquivo);
        }
        return job;
    }

    /** Every step of every job. */
    List<Map<String, Object>> passos() {
        return jobs().values().stream()
                .flatMap(job -> lista(mapa(job).get("steps")).stream())
                .map(Yaml::mapa)
                .toList();
    }

    List<Map<String, Object>> passosQueUsam(String acao) {
        return passos().stream()
                .filter(p -> String.valueOf(p.get("uses")).startsWith(acao + "@"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapa(Object valor) {
        return valor instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> lista(Object valor) {
        return valor instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
