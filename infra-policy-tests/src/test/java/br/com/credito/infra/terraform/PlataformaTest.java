package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service catalogue, compute sizing and the public API match the contracts. */
class PlataformaTest {

    private static final Map<String, Double> PORTAS = Map.of(
            "concessao", 8081.0, "motor-regras", 8082.0, "historico", 8083.0, "score", 8084.0, "investimento", 8085.0);

    private static final Set<String> ESCOPOS = Set.of(
            "cartao:conceder",
            "cartao:ler",
            "investimento:escrever",
            "investimento:ler",
            "historico:ler",
            "score:ler",
            "regras:avaliar",
            "regras:admin");

    private final Terraform tf = Terraform.carregado();

    @Test
    void catalogoComPortasEDadosDeCadaServico() {
        Map<String, Object> servicos = Hcl.mapa(tf.locais("main.tf").get("servicos"));
        PORTAS.forEach((nome, porta) ->
                assertThat(Hcl.mapa(servicos.get(nome))).as(nome).containsEntry("porta", porta));
        List<String> comBanco = servicos.entrySet().stream()
                .filter(e -> Hcl.verdadeiro(Hcl.mapa(e.getValue()).get("banco")))
                .map(Map.Entry::getKey)
                .toList();
        List<String> comCache = servicos.entrySet().stream()
                .filter(e -> Hcl.verdadeiro(Hcl.mapa(e.getValue()).get("cache")))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(comBanco).containsExactlyInAnyOrder("concessao", "motor-regras", "investimento");
        assertThat(comCache).containsExactlyInAnyOrder("score", "historico");
        assertThat(Hcl.mapa(servicos.get("concessao"))).containsEntry("consome_fila", true);
        assertThat(Hcl.mapa(servicos.get("investimento"))).containsEntry("publica_topico", true);
    }

    @Test
    void autoescalaPorCpuEPorRequisicoesPorAlvo() {
        assertThat(tf.recurso("aws_appautoscaling_policy", "cpu").get("policy_type"))
                .isEqualTo("TargetTrackingScaling");
        // Requests over blue AND green: after a CodeDeploy swap the metric must not go blank.
        assertThat(tf.recurso("aws_appautoscaling_policy", "requisicoes")
                        .get("target_tracking_scaling_policy_configuration"))
                .asString()
                .contains("FILL(azul, 0) + FILL(verde, 0)");
        Map<String, Object> prod =
                Hcl.mapa(tf.conteudo("envs/prod/terraform.tfvars").get("dimensionamento"));
        assertThat(prod).containsOnlyKeys(PORTAS.keySet());
        prod.forEach((nome, tamanho) -> {
            Map<String, Object> t = Hcl.mapa(tamanho);
            // 600 TPS at the per-task target must fit under the maximum: 600 * 60 / target <= maximo.
            double necessarias = 600 * 60 / (Double) t.get("requisicoes_por_alvo");
            assertThat((Double) t.get("maximo")).as(nome).isGreaterThanOrEqualTo(necessarias);
        });
    }

    @Test
    void tarefasComColetorAdotELogsNoCloudWatch() {
        Object conteineres = tf.recurso("aws_ecs_task_definition", "this").get("container_definitions");
        assertThat(String.valueOf(conteineres))
                .contains(
                        "\"adot-collector\"",
                        "\"appconfig-agent\"",
                        "\"awslogs\"",
                        "\"readonlyRootFilesystem\" : true");
        assertThat(tf.recurso("aws_ecs_cluster", "this").get("setting"))
                .asString()
                .contains("containerInsights");
    }

    @Test
    void apiComAutorizadorJwtEscoposPorRotaEThrottling() {
        Bloco autorizador = tf.recurso("aws_apigatewayv2_authorizer", "jwt");
        assertThat(autorizador.get("authorizer_type")).isEqualTo("JWT");
        Map<String, Object> rotas =
                Hcl.mapa(tf.locais("modules/api/http_api.tf").get("rotas"));
        // Public routes are the channels' only: score, historico and the policy evaluation stay internal.
        assertThat(rotas.keySet())
                .containsExactlyInAnyOrder(
                        "POST /v1/cartao/concessao",
                        "GET /v1/cartao/status/{idCliente}",
                        "POST /v1/investimentos",
                        "GET /v1/investimentos");
        assertThat(rotas).allSatisfy((rota, escopo) -> assertThat(ESCOPOS).contains((String) escopo));
        assertThat(Hcl.mapa(tf.locais("modules/api/cognito.tf").get("escopos"))).containsOnlyKeys(ESCOPOS);
        Bloco rota = tf.recurso("aws_apigatewayv2_route", "this");
        assertThat(rota.get("authorization_type")).isEqualTo("JWT");
        assertThat(tf.recurso("aws_apigatewayv2_integration", "alb").get("connection_type"))
                .isEqualTo("VPC_LINK");
        assertThat(tf.recurso("aws_apigatewayv2_stage", "this").get("default_route_settings"))
                .asString()
                .contains("throttling_rate_limit=var.throttling.taxa", "throttling_burst_limit=var.throttling.rajada");
    }
}
