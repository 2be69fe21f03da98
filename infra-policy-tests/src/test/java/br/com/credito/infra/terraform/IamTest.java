package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Least privilege: one role per service, no wildcard action, "*" resources only where AWS offers nothing narrower. */
class IamTest {

    private static final Set<String> SERVICOS =
            Set.of("concessao", "motor-regras", "historico", "score", "investimento");

    /** Actions without resource-level permissions in IAM: the only ones allowed on resource "*". */
    private static final Set<String> ACOES_SEM_ESCOPO_DE_RECURSO = Set.of(
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords",
            "xray:GetSamplingRules",
            "xray:GetSamplingTargets",
            "cloudwatch:PutMetricData",
            "ecr:GetAuthorizationToken",
            "ecs:DescribeTaskDefinition",
            "ecs:RegisterTaskDefinition",
            "ec2:DescribeSubnets",
            "ec2:DescribeSecurityGroups");

    /** Key policies: there "*" means "this key", and the account root keeps kms:* as in AWS's default key policy. */
    private static final Path POLITICAS_DE_CHAVE = Path.of("modules/kms/main.tf");

    private final Terraform tf = Terraform.carregado();

    @Test
    void umPapelDeTarefaEUmDeExecucaoPorServico() {
        assertThat(Hcl.mapa(tf.locais("main.tf").get("servicos"))).containsOnlyKeys(SERVICOS);
        assertThat(tf.recurso("aws_iam_role", "task").texto("for_each")).isEqualTo("var.servicos");
        assertThat(tf.recurso("aws_iam_role", "execucao").texto("for_each")).isEqualTo("var.servicos");
        Bloco tarefa = tf.recurso("aws_ecs_task_definition", "this");
        assertThat(tarefa.texto("for_each")).isEqualTo("var.servicos");
        assertThat(tarefa.texto("task_role_arn")).isEqualTo("var.papeis_tarefa.each.key");
        assertThat(tarefa.texto("execution_role_arn")).isEqualTo("var.papeis_execucao.each.key");
        Bloco ecs = tf.bloco("main.tf", "module", "ecs");
        assertThat(ecs.texto("papeis_tarefa")).isEqualTo("module.iam.papeis_tarefa");
        assertThat(ecs.texto("papeis_execucao")).isEqualTo("module.iam.papeis_execucao");
    }

    @Test
    void nenhumaAcaoCuringa() {
        assertThat(declaracoesPermitidas().stream()
                        .filter(d -> !d.origem().contains("modules/network/endpoints.tf"))
                        .toList())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.acoes())
                        .as(d.origem())
                        .noneMatch(acao -> acao.equals("*") || acao.endsWith(":*")));
    }

    @Test
    void recursoCuringaSoParaAcoesSemEscopoDeRecurso() {
        // VPC endpoint policies (account-scoped by condition) and the plan role's describe/list are not task rights.
        assertThat(declaracoesPermitidas())
                .filteredOn(d -> d.recursos().contains("*"))
                .filteredOn(d -> !d.origem().contains("modules/network/endpoints.tf"))
                .filteredOn(d -> !d.origem().startsWith("plan "))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.acoes()).as(d.origem()).isSubsetOf(ACOES_SEM_ESCOPO_DE_RECURSO));
    }

    @Test
    void metricasSoNoNamespaceDoProprioServico() {
        assertThat(declaracoesPermitidas())
                .filteredOn(d -> d.acoes().contains("cloudwatch:PutMetricData"))
                .isNotEmpty()
                .allSatisfy(d -> {
                    Map<String, Object> condicao = Hcl.mapa(d.corpo().get("condition"));
                    assertThat(condicao.get("variable")).as(d.origem()).isEqualTo("cloudwatch:namespace");
                    assertThat(Hcl.textos(condicao.get("values"))).containsExactly("each.value.namespace_metricas");
                });
    }

    @Test
    void papelDaTarefaSoTocaFilaTopicoEChaveDoProprioServico() {
        List<Declaracao> daTarefa = declaracoes().stream()
                .filter(d -> d.origem().startsWith("task "))
                .toList();
        assertThat(daTarefa)
                .filteredOn(d -> d.acoes().stream()
                        .anyMatch(a -> a.startsWith("sqs:") || a.startsWith("sns:") || a.startsWith("kms:")))
                .hasSize(3)
                .allSatisfy(d -> assertThat(d.recursos())
                        .as(d.origem())
                        .singleElement()
                        .asString()
                        .startsWith("statement.value."));
    }

    @Test
    void nenhumaPoliticaDeAdministradorNaPlataforma() {
        List<String> gerenciadas = new ArrayList<>();
        tf.recursos("aws_iam_role_policy_attachment").forEach(a -> gerenciadas.add(a.texto("policy_arn")));
        for (Path arquivo : tf.arquivos()) {
            if (!arquivo.startsWith("bootstrap")) {
                Hcl.mapa(tf.conteudo(arquivo.toString()).get("module"))
                        .values()
                        .forEach(m -> gerenciadas.addAll(Hcl.textos(Hcl.mapa(m).get("politicas_gerenciadas"))));
            }
        }
        assertThat(gerenciadas)
                .contains("arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS")
                .noneMatch(arn -> arn.endsWith("/AdministratorAccess")
                        || arn.endsWith("/PowerUserAccess")
                        || arn.endsWith("/IAMFullAccess"));
    }

    @Test
    void politicaDeChaveSoDelegaAdministracaoAPropriaConta() {
        Bloco politica = tf.dados("aws_iam_policy_document").stream()
                .filter(d -> d.arquivo().equals(POLITICAS_DE_CHAVE))
                .findFirst()
                .orElseThrow();
        var administracao = Hcl.ocorrencias(politica.get("statement")).stream()
                .filter(s -> Hcl.textos(s.get("actions")).contains("kms:*"))
                .toList();
        assertThat(administracao).singleElement().satisfies(s -> {
            Map<String, Object> principal = Hcl.mapa(s.get("principals"));
            assertThat(principal.get("type")).isEqualTo("AWS");
            assertThat(Hcl.textos(principal.get("identifiers")))
                    .singleElement()
                    .asString()
                    .endsWith(":root");
        });
        var usoPorServicos = Hcl.mapa(
                Hcl.mapa(Hcl.mapa(politica.get("dynamic")).get("statement")).get("content"));
        assertThat(Hcl.textos(usoPorServicos.get("actions"))).doesNotContain("kms:*");
        assertThat(usoPorServicos.get("condition")).isNotNull();
    }

    private List<Declaracao> declaracoesPermitidas() {
        return declaracoes().stream()
                .filter(d -> !"Deny".equals(d.corpo().get("effect")))
                .toList();
    }

    /** Every statement of every policy document, static or inside a dynamic block, key policies excluded. */
    private List<Declaracao> declaracoes() {
        List<Declaracao> todas = new ArrayList<>();
        for (Bloco documento : tf.dados("aws_iam_policy_document")) {
            if (documento.arquivo().equals(POLITICAS_DE_CHAVE)) {
                continue;
            }
            String origem = documento.nome() + " " + documento.arquivo();
            Hcl.ocorrencias(documento.get("statement")).forEach(s -> todas.add(new Declaracao(origem, s)));
            Hcl.ocorrencias(Hcl.mapa(documento.get("dynamic")).get("statement"))
                    .forEach(d -> todas.add(new Declaracao(origem, Hcl.mapa(d.get("content")))));
        }
        return todas;
    }

    private record Declaracao(String origem, Map<String, Object> corpo) {
        List<String> acoes() {
            return Hcl.textos(corpo.get("actions"));
        }

        List<String> recursos() {
            return Hcl.textos(corpo.get("resources"));
        }
    }
}
