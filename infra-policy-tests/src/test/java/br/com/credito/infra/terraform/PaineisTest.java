package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.infra.Repositorio;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Grafana dashboard (Prometheus, local) and the CloudWatch dashboard show the same panels. */
class PaineisTest {

    private static final List<String> PAINEIS = List.of(
            "Decisoes por resultado",
            "Latencia p50/p95/p99 por servico",
            "Erros 5xx e requisicoes por servico",
            "Circuitos abertos",
            "Cache: acertos e falhas",
            "Outbox e atraso de eventos",
            "Profundidade das DLQs");

    @Test
    void grafanaECloudWatchTemOsMesmosPaineis() throws IOException {
        String modelo =
                Files.readString(Repositorio.caminho("infra-terraform/modules/observability/dashboard.json.tftpl"));
        var titulosCloudWatch = Pattern.compile("title\\s*=\\s*\"([^\"]+)\"")
                .matcher(modelo)
                .results()
                .map(m -> m.group(1))
                .toList();

        // JSON is YAML: SnakeYAML reads the Grafana export without another dependency.
        Map<String, Object> grafana = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Repositorio.caminho("observability/grafana/credito.json")));
        var titulosGrafana = ((List<?>) grafana.get("panels"))
                .stream().map(p -> String.valueOf(((Map<?, ?>) p).get("title"))).toList();

        assertThat(titulosCloudWatch).containsExactlyElementsOf(PAINEIS);
        assertThat(titulosGrafana).containsExactlyElementsOf(PAINEIS);
        // templatefile() is opaque to hcl4j: the dashboard resource is checked to render this very template.
        assertThat(Terraform.carregado()
                        .textoDoBloco("modules/observability/dashboard.tf", "resource \"aws_cloudwatch_dashboard\""))
                .contains("templatefile(\"${path.module}/dashboard.json.tftpl\"");
    }
}
