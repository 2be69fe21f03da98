package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blue/green through CodeDeploy, with the alarms that stop and roll back a bad deployment. */
class ImplantacaoTest {

    private final Terraform tf = Terraform.carregado();

    @Test
    void servicosEcsSaoImplantadosPeloCodeDeploy() {
        Bloco servico = tf.recurso("aws_ecs_service", "this");
        assertThat(servico.caminho("deployment_controller", "type")).isEqualTo("CODE_DEPLOY");
        assertThat(Hcl.textos(servico.caminho("lifecycle", "ignore_changes")))
                .contains("task_definition", "load_balancer", "desired_count");
    }

    @Test
    void gruposDeImplantacaoBlueGreenComRotaDeTeste() {
        Bloco grupo = tf.recurso("aws_codedeploy_deployment_group", "this");
        assertThat(grupo.texto("for_each")).isEqualTo("var.servicos");
        assertThat(grupo.caminho("deployment_style", "deployment_type")).isEqualTo("BLUE_GREEN");
        assertThat(grupo.caminho("deployment_style", "deployment_option")).isEqualTo("WITH_TRAFFIC_CONTROL");
        Map<String, Object> pares = Hcl.mapa(grupo.caminho("load_balancer_info", "target_group_pair_info"));
        assertThat(Hcl.ocorrencias(pares.get("target_group"))).hasSize(2);
        assertThat(Hcl.textos(Hcl.mapa(pares.get("test_traffic_route")).get("listener_arns")))
                .containsExactly("var.listener_teste_arn");
    }

    @Test
    void alarmesRevertemAImplantacaoAutomaticamente() {
        Bloco grupo = tf.recurso("aws_codedeploy_deployment_group", "this");
        assertThat(grupo.caminho("alarm_configuration", "enabled")).isEqualTo(true);
        assertThat(String.valueOf(grupo.caminho("alarm_configuration", "alarms")))
                .isEqualTo("var.alarmes.each.key");
        assertThat(grupo.caminho("auto_rollback_configuration", "enabled")).isEqualTo(true);
        assertThat(Hcl.textos(grupo.caminho("auto_rollback_configuration", "events")))
                .contains("DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_FAILURE");
        assertThat(tf.bloco("main.tf", "module", "codedeploy").texto("alarmes"))
                .isEqualTo("module.observability.alarmes_rollback");
    }

    @Test
    void alarmesDeRollbackCobremErrosLatenciaTarefasCircuitosOutboxEEventos() {
        // A for-expression: hcl4j returns it opaque, so its references are read from the source.
        String rollback = tf.textoDoBloco("modules/observability/outputs.tf", "output \"alarmes_rollback\"");
        assertThat(rollback)
                .contains("aws_cloudwatch_metric_alarm.erros_5xx[join(\"-\", [nome, \"5m\"])]")
                .contains("aws_cloudwatch_metric_alarm.latencia_p95[nome]")
                .contains("aws_cloudwatch_metric_alarm.tarefas[nome]")
                .contains("aws_cloudwatch_metric_alarm.circuito_aberto[nome]")
                .contains("aws_cloudwatch_metric_alarm.outbox")
                .contains("aws_cloudwatch_metric_alarm.atraso_eventos");
    }

    @Test
    void canaryDezPorCentoPorCincoMinutos() {
        var config = tf.recurso("aws_codedeploy_deployment_config", "canary");
        assertThat(config.caminho("traffic_routing_config", "type")).isEqualTo("TimeBasedCanary");
        for (String ambiente : List.of("dev", "prod")) {
            assertThat(Hcl.mapa(tf.conteudo("envs/" + ambiente + "/terraform.tfvars")
                            .get("canary_deploy")))
                    .containsEntry("percentual", 10.0)
                    .containsEntry("minutos", 5.0);
        }
    }

    @Test
    void gruposAlvoVerificamProntidaoERegrasFicamComOCodeDeploy() {
        Bloco grupo = tf.recurso("aws_lb_target_group", "this");
        assertThat(grupo.caminho("health_check", "path")).isEqualTo("/actuator/health/readiness");
        Map<String, Object> locais = tf.locais("modules/alb/main.tf");
        assertThat(Hcl.mapa(locais.get("listeners")))
                .containsEntry("prod", 443.0)
                .containsEntry("teste", 8443.0);
        assertThat(Hcl.textos(tf.recurso("aws_lb_listener_rule", "this").caminho("lifecycle", "ignore_changes")))
                .containsExactly("action");
    }

    @Test
    void ganchoDeSmokeTestReportaAoCodeDeploy() {
        Bloco funcao = tf.recurso("aws_lambda_function", "smoke");
        assertThat(funcao.get("function_name")).isEqualTo("credito-smoke-test");
        assertThat(funcao.caminho("vpc_config", "security_group_ids"))
                .asString()
                .contains("var.sg_smoke");
    }
}
