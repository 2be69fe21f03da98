package br.com.credito.infra.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.infra.Repositorio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The delivery pipeline (issue 13 items 2, 3, 5 and 10): order, gates, plans, pins and role separation. */
class DeployWorkflowTest {

    private static final List<String> SERVICOS = List.of(
            "concessao-service", "motor-regras-service", "historico-service", "score-service", "investimento-service");
    private static final Pattern USO_FIXADO = Pattern.compile("^[\\w.-]+/[\\w./-]+@[0-9a-f]{40}$");

    private final Yaml deploy = Yaml.ler(".github/workflows/deploy.yml");
    private final Yaml ambiente = Yaml.ler(".github/workflows/implantar-ambiente.yml");
    private final Yaml servicos = Yaml.ler(".github/workflows/implantar-servicos.yml");
    private final Yaml plano = Yaml.ler(".github/workflows/plano.yml");
    private final Yaml ci = Yaml.ler(".github/workflows/ci.yml");

    @Test
    void acessoAwsSoPorOidcSemChavesGuardadas() {
        for (Yaml workflow : List.of(deploy, ambiente, servicos, plano)) {
            assertThat(Yaml.mapa(workflow.raiz().get("permissions")))
                    .as(workflow.arquivo().toString())
                    .containsEntry("id-token", "write");
            assertThat(workflow.passosQueUsam("aws-actions/configure-aws-credentials"))
                    .allSatisfy(p -> assertThat(Yaml.mapa(p.get("with")))
                            .containsKey("role-to-assume")
                            .doesNotContainKeys("aws-access-key-id", "aws-secret-access-key", "aws-session-token"));
        }
        for (Yaml workflow : List.of(deploy, ambiente, servicos, plano, ci)) {
            assertThat(workflow.texto())
                    .as(workflow.arquivo().toString())
                    .doesNotContain("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "aws-secret-access-key");
        }
    }

    @Test
    void todaAcaoFixadaPorCommit() throws IOException {
        try (Stream<Path> arquivos = Files.list(Repositorio.caminho(".github/workflows"))) {
            List<Yaml> workflows = arquivos.filter(p -> p.toString().endsWith(".yml"))
                    .map(p -> Yaml.ler(".github/workflows/" + p.getFileName()))
                    .toList();
            assertThat(workflows).hasSizeGreaterThanOrEqualTo(5);
            assertThat(workflows.stream().flatMap(w -> w.passos().stream()))
                    .filteredOn(p -> p.containsKey("uses"))
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(String.valueOf(p.get("uses"))).matches(USO_FIXADO));
        }
    }

    @Test
    void implantacaoSoDepoisDoCiVerdeDoMesmoCommit() {
        assertThat(deploy.gatilhos()).containsOnlyKeys("workflow_run");
        Map<String, Object> execucao = Yaml.mapa(deploy.gatilhos().get("workflow_run"));
        assertThat(Yaml.lista(execucao.get("workflows"))).containsExactly("ci");
        assertThat(Yaml.lista(execucao.get("branches"))).containsExactly("main");
        Map<String, Object> build = deploy.job("build");
        assertThat(String.valueOf(build.get("if"))).contains("github.event.workflow_run.conclusion == 'success'");
        assertThat(build.get("steps")).asString().contains("ref=${{ github.event.workflow_run.head_sha }}");
        assertThat(deploy.texto()).doesNotContain("skipTests");
    }

    @Test
    void imagensDaReceitaUnicaComTagImutavelDoCommit() {
        Map<String, Object> build = deploy.job("build");
        List<Object> matriz = Yaml.lista(
                Yaml.mapa(Yaml.mapa(build.get("strategy")).get("matrix")).get("servico"));
        assertThat(matriz.stream().map(s -> String.valueOf(Yaml.mapa(s).get("modulo"))))
                .containsExactlyInAnyOrderElementsOf(SERVICOS);
        assertThat(build.get("steps"))
                .asString()
                .contains("docker build -f docker/servico.Dockerfile")
                .contains(
                        "--build-arg MODULO=${{ matrix.servico.modulo }} --build-arg PORTA=${{ matrix.servico.porta }}")
                .contains("-t credito/${{ matrix.servico.modulo }}:${{ github.event.workflow_run.head_sha }}");
        assertThat(deploy.texto() + ambiente.texto() + servicos.texto()).doesNotContain(":latest");
    }

    @Test
    void primeiroAmbienteNaOrdemImagensPapeisServicos() {
        // dev: platform (no services the first time) -> images + database roles -> services; prod after dev.
        assertThat(deploy.job("dev-plataforma").get("uses")).isEqualTo("./.github/workflows/implantar-ambiente.yml");
        assertThat(deploy.job("dev-servicos").get("uses")).isEqualTo("./.github/workflows/implantar-servicos.yml");
        assertThat(deploy.job("dev-servicos").get("needs")).isEqualTo("dev-plataforma");
        assertThat(deploy.job("dev-primeiros-servicos").get("needs")).asString().contains("dev-servicos");
        assertThat(Yaml.mapa(deploy.job("dev-primeiros-servicos").get("with"))).containsEntry("servicos", "true");
        assertThat(deploy.job("prod-plataforma").get("needs")).asString().contains("dev-servicos");
        List<String> passos = Yaml.lista(servicos.job("imagens-e-papeis").get("steps")).stream()
                .map(p -> String.valueOf(Yaml.mapa(p).get("run")))
                .toList();
        int push = indice(passos, "docker push");
        int papeis = indice(passos, "scripts/ci/papeis-banco.sh");
        assertThat(push).isNotNegative().isLessThan(papeis);
        assertThat(servicos.job("servicos").get("needs")).isEqualTo("imagens-e-papeis");
        assertThat(ambiente.texto()).contains("-var \"implantar_servicos=${{ steps.fase.outputs.servicos }}\"");
    }

    @Test
    void planoVisivelAntesDaAprovacaoEApplyDoPlanoSalvo() {
        Map<String, Object> planoJob = ambiente.job("plano");
        Map<String, Object> aplicar = ambiente.job("aplicar");
        assertThat(planoJob.get("environment")).isEqualTo("${{ inputs.ambiente }}-plano");
        assertThat(aplicar.get("environment")).isEqualTo("${{ inputs.ambiente }}");
        assertThat(aplicar.get("needs")).isEqualTo("plano");
        assertThat(planoJob.get("steps")).asString().contains("-out=plano.tfplan", "GITHUB_STEP_SUMMARY");
        assertThat(aplicar.get("steps"))
                .asString()
                .contains("terraform apply -input=false -lock-timeout=5m plano.tfplan");
        // Pull requests plan dev only: nothing triggered by a pull request names prod.
        assertThat(plano.gatilhos()).containsOnlyKeys("pull_request");
        assertThat(plano.texto()).contains("envs/dev/", "AWS_PLAN_ROLE_DEV").doesNotContain("envs/prod", "_PROD");
    }

    @Test
    void papeisDistintosParaPlanoApplyEImplantacao() {
        assertThat(ambiente.job("plano").get("steps")).asString().contains("vars.AWS_PLAN_ROLE");
        assertThat(ambiente.job("aplicar").get("steps")).asString().contains("vars.AWS_TERRAFORM_ROLE");
        assertThat(servicos.texto()).contains("vars.AWS_DEPLOY_ROLE").doesNotContain("AWS_TERRAFORM_ROLE");
        assertThat(servicos.job("imagens-e-papeis").get("environment")).isEqualTo("${{ inputs.ambiente }}-servicos");
        assertThat(servicos.job("servicos").get("environment")).isEqualTo("${{ inputs.ambiente }}-servicos");
    }

    @Test
    void implantacaoBlueGreenPeloCodeDeployComAppspecDoServico() {
        Map<String, Object> job = servicos.job("servicos");
        assertThat(Yaml.lista(
                        Yaml.mapa(Yaml.mapa(job.get("strategy")).get("matrix")).get("servico")))
                .containsExactlyInAnyOrderElementsOf(SERVICOS);
        assertThat(job.get("steps")).asString().contains("scripts/ci/implantar-servico.sh");
        assertThat(Repositorio.caminho("scripts/ci/implantar-servico.sh"))
                .content()
                .contains("deploy/appspec/${modulo}.yaml", "aws deploy create-deployment", "deployment-successful");
    }

    private static int indice(List<String> passos, String trecho) {
        for (int i = 0; i < passos.size(); i++) {
            if (passos.get(i).contains(trecho)) {
                return i;
            }
        }
        return -1;
    }
}
