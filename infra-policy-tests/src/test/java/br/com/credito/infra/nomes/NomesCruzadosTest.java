package br.com.credito.infra.nomes;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.infra.Repositorio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Names that cross the line between the code and the infrastructure agree (issue 13, checks): the flag catalogue,
 * the metrics alarms and dashboards read, the queue names, the environment the task definitions set and the
 * placeholders the services read. Each of these drifted once without any test noticing.
 */
class NomesCruzadosTest {

    private static final List<String> SERVICOS =
            List.of("concessao", "motor-regras", "historico", "score", "investimento");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern VARIAVEL_TF = Pattern.compile("(?m)(?:^\\s+|\\{\\s*|,\\s*)([A-Z][A-Z0-9_]+)\\s*=[^=]");
    private static final Pattern CONSTANTE_JAVA = Pattern.compile("static final String \\w+ = \"([^\"]+)\";");

    /**
     * Variables the task definitions set that no application*.yml placeholder reads, each read elsewhere: Spring
     * Boot binds SPRING_PROFILES_ACTIVE itself, the AWS SDK reads AWS_REGION, Sentry's SDK reads SENTRY_DSN, and
     * DB_CA_PEM is named by DB_URL's sslfactoryarg (common-lib CaDoRdsSslFactory reads it).
     */
    private static final Set<String> LIDAS_FORA_DO_YAML =
            Set.of("SPRING_PROFILES_ACTIVE", "AWS_REGION", "SENTRY_DSN", "DB_CA_PEM");

    /**
     * Metrics a dashboard reads that no service emits yet, each with the reason; the test fails once the metric
     * exists, so the entry is removed with it. credito.fila.dlq.mensagens: the local Grafana's DLQ panel (in AWS the
     * SQS metric is used); concessao has no gauge for it yet.
     */
    private static final Set<String> METRICAS_PENDENTES = Set.of("credito.fila.dlq.mensagens");

    @Test
    void flagsComOsMesmosNomesNoCodigoNaConfiguracaoENoAppConfig() {
        Map<String, Object> catalogo = json("infra-terraform/modules/flags/flags.json");
        Set<String> noCatalogo = mapa(catalogo.get("flags")).keySet();
        assertThat(mapa(catalogo.get("values")).keySet()).isEqualTo(noCatalogo);

        Set<String> noCodigo =
                constantes("concessao-service/src/main/java/br/com/credito/concessao/decisao/adapter/out/flags/"
                        + "OpenFeatureSinalizadores.java");
        Set<String> naConfiguracao = mapa(mapa(yaml("concessao-service/src/main/resources/application.yml")
                                .get("concessao"))
                        .get("flags"))
                .keySet();

        assertThat(noCodigo).isNotEmpty().isEqualTo(noCatalogo);
        assertThat(naConfiguracao).isEqualTo(noCatalogo);
        // A non-boolean flag is read from its attribute "valor" (common-lib AppConfigFeatureProvider).
        Map<String, Object> valores = mapa(catalogo.get("values"));
        assertThat(mapa(valores.get("score-fallback")))
                .containsEntry("enabled", true)
                .containsKey("valor");
        assertThat(mapa(mapa(mapa(catalogo.get("flags")).get("score-fallback")).get("attributes")))
                .containsKey("valor");
    }

    @Test
    void metricasDosAlarmesEPaineisSaoEmitidasPelosServicos() {
        String emitidas = fontesJava();
        Set<String> lidas = new TreeSet<>();
        for (String arquivo : List.of(
                "infra-terraform/modules/observability/alarms.tf",
                "infra-terraform/modules/observability/dashboard.json.tftpl")) {
            Matcher m = Pattern.compile("(credito\\.[a-z.]+?)\\.(count|value|sum|avg|max)\\b")
                    .matcher(ler(arquivo));
            while (m.find()) {
                lidas.add(m.group(1));
            }
        }
        Matcher prometheus = Pattern.compile("\\b(credito_[a-z_]+)").matcher(ler("observability/grafana/credito.json"));
        while (prometheus.find()) {
            lidas.add(doPrometheus(prometheus.group(1)));
        }

        assertThat(lidas).contains("credito.cache.leituras", "credito.concessao.decisoes", "credito.outbox.idade");
        Set<String> naoEmitidas = lidas.stream()
                .filter(nome -> !emitidas.contains("\"" + nome + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(naoEmitidas)
                .as("metrics read by alarms/dashboards that no service emits")
                .isEqualTo(METRICAS_PENDENTES);
    }

    @Test
    void filasComOsNomesDoTerraform() {
        String mensageria = ler("infra-terraform/modules/messaging/main.tf");
        String fila = local(mensageria, "fila");
        assertThat(ler("concessao-service/src/main/resources/application.yml"))
                .contains("${CONCESSAO_FILA_INVESTIMENTOS:" + fila + "}");
        assertThat(ler("investimento-service/src/main/resources/application.yml"))
                .contains("${CONCESSAO_FILA_INVESTIMENTOS:" + fila + "}");
        assertThat(ler("infra-terraform/wiring.tf"))
                .contains("CONCESSAO_FILA_INVESTIMENTOS = module.messaging.fila_nome")
                .contains("INVESTIMENTO_TOPICO_ARN = module.messaging.topico_arn");
    }

    @Test
    void todaVariavelDaTarefaELidaPorAlgumServico() {
        Set<String> definidas = variaveisDoTerraform();
        Set<String> lidas = new TreeSet<>();
        for (String servico : SERVICOS) {
            lidas.addAll(placeholders(servico));
        }
        assertThat(definidas).contains("DB_URL", "REDIS_HOST", "CREDITO_FLAGS_URL", "SCORE_URL", "DB_PASSWORD");
        assertThat(definidas.stream().filter(v -> !lidas.contains(v) && !LIDAS_FORA_DO_YAML.contains(v)))
                .as("variables the task definitions set that no service reads")
                .isEmpty();
    }

    @Test
    void todoPlaceholderSemPadraoDoPerfilAwsEDefinidoPeloTerraform() {
        Set<String> definidas = variaveisDoTerraform();
        Set<String> obrigatorias = new TreeSet<>();
        List<String> perfisAws = Stream.concat(
                        Stream.of("common-lib/src/main/resources/credito-aws.yml"),
                        SERVICOS.stream().map(s -> s + "-service/src/main/resources/application-aws.yml"))
                .filter(a -> Files.exists(Repositorio.caminho(a)))
                .toList();
        for (String arquivo : perfisAws) {
            Matcher m = PLACEHOLDER.matcher(ler(arquivo));
            while (m.find()) {
                if (m.group(2) == null) {
                    obrigatorias.add(m.group(1));
                }
            }
        }
        assertThat(obrigatorias).contains("CREDITO_FLAGS_URL", "CREDITO_METRICAS_NAMESPACE");
        assertThat(obrigatorias).isSubsetOf(definidas);
    }

    @Test
    void variaveisDaTarefaDePapeisSaoAsQueOScriptLe() {
        String script = ler("deploy/db/criar-papeis.sh");
        Set<String> lidas = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]+)").matcher(script);
        while (m.find()) {
            lidas.add(m.group(1));
        }
        Set<String> esperadas = new TreeSet<>(Set.of("MESTRE_USUARIO", "MESTRE_SENHA"));
        for (String servico : List.of("concessao", "motor-regras", "investimento")) {
            String prefixo = servico.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            esperadas.add(prefixo + "_USUARIO");
            esperadas.add(prefixo + "_SENHA");
        }
        assertThat(lidas).containsAll(esperadas);
        assertThat(ler("infra-terraform/modules/ecs/papeis-banco.tf"))
                .contains("MESTRE_USUARIO", "MESTRE_SENHA", "\"%s_USUARIO\"", "\"%s_SENHA\"");
    }

    private static Set<String> variaveisDoTerraform() {
        Set<String> nomes = new TreeSet<>();
        Matcher m = VARIAVEL_TF.matcher(ler("infra-terraform/wiring.tf"));
        while (m.find()) {
            nomes.add(m.group(1));
        }
        return nomes;
    }

    private static Set<String> placeholders(String servico) {
        Set<String> nomes = new LinkedHashSet<>();
        try (Stream<Path> arquivos = Stream.concat(
                Files.list(Repositorio.caminho(servico + "-service/src/main/resources")),
                Files.list(Repositorio.caminho("common-lib/src/main/resources")))) {
            for (Path arquivo :
                    arquivos.filter(p -> p.toString().endsWith(".yml")).toList()) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(arquivo));
                while (m.find()) {
                    nomes.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nomes;
    }

    private static String doPrometheus(String nome) {
        String base = nome;
        for (String sufixo : List.of("_total", "_max", "_count", "_sum", "_bucket", "_seconds")) {
            if (base.endsWith(sufixo)) {
                base = base.substring(0, base.length() - sufixo.length());
            }
        }
        return base.replace('_', '.');
    }

    private static String local(String hcl, String nome) {
        Matcher m =
                Pattern.compile("(?m)^\\s+" + nome + "\\s+=\\s+\"([^\"]+)\"").matcher(hcl);
        assertThat(m.find()).as("local " + nome).isTrue();
        return m.group(1);
    }

    private static Set<String> constantes(String arquivo) {
        Set<String> valores = new TreeSet<>();
        Matcher m = CONSTANTE_JAVA.matcher(ler(arquivo));
        while (m.find()) {
            valores.add(m.group(1));
        }
        return valores;
    }

    private static String fontesJava() {
        StringBuilder tudo = new StringBuilder();
        try (Stream<Path> caminhos = Files.walk(Repositorio.raiz())) {
            for (Path p : caminhos.filter(
                            p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .toList()) {
                tudo.append(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tudo.toString();
    }

    private static Map<String, Object> json(String arquivo) {
        return yaml(arquivo);
    }

    private static Map<String, Object> yaml(String arquivo) {
        // Only the first document: the profile-specific documents below it do not rename flags.
        return mapa(new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(ler(arquivo))
                .iterator()
                .next());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapa(Object valor) {
        return valor instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String ler(String relativo) {
        try {
            return Files.readString(Repositorio.caminho(relativo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
