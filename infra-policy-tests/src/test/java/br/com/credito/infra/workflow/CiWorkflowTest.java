package br.com.credito.infra.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CiWorkflowTest {

    private final Yaml ci = Yaml.ler(".github/workflows/ci.yml");

    @Test
    void rodaEmPullRequestEPush() {
        assertThat(ci.gatilhos()).containsKeys("pull_request", "push");
        assertThat(Yaml.mapa(ci.raiz().get("permissions"))).containsExactly(Map.entry("contents", "read"));
    }

    @Test
    void rodaOComandoDeTesteDoReadmeEmJdk21OuMaior() {
        assertThat(ci.passos())
                .anySatisfy(p -> assertThat(String.valueOf(p.get("run"))).isEqualTo("./mvnw -B verify"));
        Map<String, Object> build = ci.job("build");
        List<Object> versoes = Yaml.lista(
                Yaml.mapa(Yaml.mapa(build.get("strategy")).get("matrix")).get("java"));
        assertThat(versoes)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(Integer.parseInt(String.valueOf(v))).isGreaterThanOrEqualTo(21));
        assertThat(ci.passosQueUsam("actions/setup-java"))
                .singleElement()
                .satisfies(p ->
                        assertThat(Yaml.mapa(p.get("with")).get("java-version")).isEqualTo("${{ matrix.java }}"));
    }

    @Test
    void publicaRelatoriosDeTesteEGatling() {
        List<String> caminhos = ci.passosQueUsam("actions/upload-artifact").stream()
                .peek(p -> assertThat(p.get("if"))
                        .as(String.valueOf(p.get("name")))
                        .isEqualTo("always()"))
                .map(p -> String.valueOf(Yaml.mapa(p.get("with")).get("path")))
                .toList();
        assertThat(String.join("\n", caminhos))
                .contains("target/surefire-reports/", "target/failsafe-reports/", "load-tests/target/gatling/");
    }

    @Test
    void verificaFormatoEValidaOTerraform() {
        List<String> comandos = Yaml.lista(ci.job("terraform").get("steps")).stream()
                .map(p -> String.valueOf(Yaml.mapa(p).get("run")))
                .toList();
        assertThat(comandos).contains("terraform fmt -check -recursive", "terraform validate");
        assertThat(comandos).anyMatch(c -> c.startsWith("terraform init -backend=false"));
    }
}
