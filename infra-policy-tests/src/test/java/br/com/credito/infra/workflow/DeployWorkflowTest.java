package br.com.credito.infra.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeployWorkflowTest {

    private static final List<String> SERVICOS = List.of(
            "concessao-service", "motor-regras-service", "historico-service", "score-service", "investimento-service");

    private final Yaml deploy = Yaml.ler(".github/workflows/deploy.yml");
    private final Yaml ambiente = Yaml.ler(".github/workflows/implantar-ambiente.yml");
    private final Yaml ci = Yaml.ler(".github/workflows/ci.yml");

    @Test
    void acessoAwsSoPorOidcSemChavesGuardadas() {
        for (Yaml workflow : List.of(deploy, ambiente)) {
            assertThat(Yaml.mapa(workflow.raiz().get("permissions")))
                    .as(workflow.arquivo().toString())
                    .containsEntry("id-token", "write");
            assertThat(workflow.passosQueUsam("aws-actions/configure-aws-credentials"))
                    .allSatisfy(p -> assertThat(Yaml.mapa(p.get("with")))
                            .containsKey("role-to-assume")
                            .doesNotContainKeys("aws-access-key-id", "aws-secret-access-key", "aws-session-token"));
        }
        for (Yaml workflow : List.of(deploy, ambiente, ci)) {
            assertThat(workflow.texto())
                    .as(workflow.arquivo().toString())
                    .doesNotContain("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "aws-secret-access-key");
        }
        assertThat(ambiente.passosQueUsam("aws-actions/configure-aws-credentials"))
                .hasSize(2);
    }

    @Test
    void planEmPullRequestEApplyDoPlanoSalvo() {
        assertThat(deploy.gatilhos()).containsKeys("pull_request", "push");
        Map<String, Object> plan = deploy.job("plan");
        assertThat(plan.get("if")).isEqualTo("github.event_name == 'pull_request'");
        assertThat(Yaml.lista(plan.get("steps")))
                .anySatisfy(
                        p -> assertThat(String.valueOf(Yaml.mapa(p).get("run"))).startsWith("terraform plan"));
        List<String> comandos = Yaml.lista(ambiente.job("terraform").get("steps")).stream()
                .map(p -> String.valueOf(Yaml.mapa(p).get("run")))
                .toList();
        assertThat(comandos).anyMatch(c -> c.startsWith("terraform plan") && c.contains("-out=plano.tfplan"));
        assertThat(comandos).anyMatch(c -> c.startsWith("terraform apply") && c.endsWith("plano.tfplan"));
    }

    @Test
    void imagemComTagImutavelDoCommit() {
        Map<String, Object> build = deploy.job("build");
        assertThat(Yaml.lista(Yaml.mapa(Yaml.mapa(build.get("strategy")).get("matrix"))
                        .get("servico")))
                .containsExactlyInAnyOrderElementsOf(SERVICOS);
        assertThat(build.get("steps"))
                .asString()
                .contains("docker build -f ${{ matrix.servico }}/Dockerfile")
                .contains("-t credito/${{ matrix.servico }}:${{ github.sha }}");
        assertThat(deploy.job("dev").get("with")).asString().contains("tag=${{ github.sha }}");
        assertThat(ambiente.texto()).doesNotContain(":latest");
    }

    @Test
    void devAntesEProdDepoisDeAprovacaoManual() {
        Map<String, Object> dev = deploy.job("dev");
        Map<String, Object> prod = deploy.job("prod");
        assertThat(dev.get("uses")).isEqualTo("./.github/workflows/implantar-ambiente.yml");
        assertThat(prod.get("uses")).isEqualTo("./.github/workflows/implantar-ambiente.yml");
        assertThat(Yaml.mapa(dev.get("with"))).containsEntry("ambiente", "dev");
        assertThat(Yaml.mapa(prod.get("with"))).containsEntry("ambiente", "prod");
        assertThat(prod.get("needs")).isEqualTo("dev");
        // The GitHub environment named like the input carries the required reviewers of prod.
        assertThat(ambiente.jobs().values())
                .hasSize(2)
                .allSatisfy(job -> assertThat(Yaml.mapa(job).get("environment")).isEqualTo("${{ inputs.ambiente }}"));
    }

    @Test
    void implantacaoBlueGreenPeloCodeDeployComAppspecDoServico() {
        Map<String, Object> servicos = ambiente.job("servicos");
        assertThat(servicos.get("needs")).isEqualTo("terraform");
        assertThat(ambiente.passosQueUsam("aws-actions/amazon-ecs-deploy-task-definition"))
                .singleElement()
                .satisfies(p -> assertThat(Yaml.mapa(p.get("with")))
                        .containsEntry("codedeploy-appspec", "deploy/appspec/${{ matrix.servico }}.yaml")
                        .containsEntry("codedeploy-application", "credito-${{ inputs.ambiente }}")
                        .containsEntry("codedeploy-deployment-group", "${{ matrix.servico }}")
                        .containsEntry("wait-for-service-stability", true));
        assertThat(Yaml.lista(Yaml.mapa(Yaml.mapa(servicos.get("strategy")).get("matrix"))
                        .get("servico")))
                .containsExactlyInAnyOrderElementsOf(SERVICOS);
    }
}
