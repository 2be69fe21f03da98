package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alarms the issue names: multi-window burn rate on 5xx (99.9 %), p95 > 300 ms, DLQ, outbox, breakers, tasks. */
class AlarmesTest {

    private static final String ALARMES = "modules/observability/alarms.tf";

    private final Terraform tf = Terraform.carregado();

    @Test
    void queimaDoOrcamentoEmDuasJanelasPorNivel() {
        Map<String, Object> janelas = Hcl.mapa(tf.locais(ALARMES).get("janelas"));
        assertThat(Hcl.mapa(janelas.get("1h"))).containsEntry("periodo", 3600.0).containsEntry("queima", 14.4);
        assertThat(Hcl.mapa(janelas.get("5m"))).containsEntry("periodo", 300.0).containsEntry("queima", 14.4);
        assertThat(Hcl.mapa(janelas.get("6h")))
                .containsEntry("periodo", 21600.0)
                .containsEntry("queima", 6.0);
        assertThat(Hcl.mapa(janelas.get("30m")))
                .containsEntry("periodo", 1800.0)
                .containsEntry("queima", 6.0);
        Map<String, Object> queimas = Hcl.mapa(tf.locais(ALARMES).get("queimas"));
        assertThat(Hcl.mapa(queimas.get("rapida"))).containsEntry("longa", "1h").containsEntry("curta", "5m");
        assertThat(Hcl.mapa(queimas.get("lenta"))).containsEntry("longa", "6h").containsEntry("curta", "30m");
        assertThat(tf.recurso("aws_cloudwatch_composite_alarm", "queima").texto("alarm_rule"))
                .contains(" AND ");
        Map<String, Object> orcamento = Hcl.mapa(
                Hcl.mapa(tf.conteudo("modules/observability/variables.tf").get("variable"))
                        .get("orcamento_erro"));
        assertThat(orcamento.get("default")).isEqualTo(0.001);
    }

    @Test
    void taxaDe5xxSomaOsGruposAzulEVerde() {
        Bloco erros = tf.recurso("aws_cloudwatch_metric_alarm", "erros_5xx");
        var consultas = Hcl.ocorrencias(erros.get("metric_query"));
        assertThat(consultas).hasSize(5);
        assertThat(consultas.getFirst().get("expression")).asString().contains("ea", "ev", "ra", "rv");
        assertThat(consultas)
                .map(c -> String.valueOf(Hcl.mapa(c.get("metric")).get("metric_name")))
                .containsExactly(
                        "null",
                        "HTTPCode_Target_5XX_Count",
                        "HTTPCode_Target_5XX_Count",
                        "RequestCount",
                        "RequestCount");
    }

    @Test
    void latenciaP95AcimaDe300ms() {
        Map<String, Object> limiar = Hcl.mapa(
                Hcl.mapa(tf.conteudo("modules/observability/variables.tf").get("variable"))
                        .get("limiar_latencia_p95_segundos"));
        assertThat(limiar.get("default")).isEqualTo(0.3);
        Bloco latencia = tf.recurso("aws_cloudwatch_metric_alarm", "latencia_p95");
        assertThat(latencia.texto("threshold")).isEqualTo("var.limiar_latencia_p95_segundos");
        assertThat(Hcl.ocorrencias(latencia.get("metric_query")))
                .filteredOn(c -> c.get("metric") != null)
                .hasSize(2)
                .allSatisfy(
                        c -> assertThat(Hcl.mapa(c.get("metric")).get("stat")).isEqualTo("p95"));
    }

    @Test
    void outboxCircuitosTarefasEAtrasoDeEventos() {
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "outbox").get("metric_name"))
                .isEqualTo("credito.outbox.idade.value");
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "circuito_aberto").get("metric_query"))
                .asString()
                .contains("resilience4j.circuitbreaker.state.value", "state = 'open'");
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "tarefas").get("metric_query"))
                .asString()
                .contains("RunningTaskCount", "DesiredTaskCount");
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "atraso_eventos").get("metric_name"))
                .isEqualTo("ApproximateAgeOfOldestMessage");
    }

    @Test
    void gruposDeLogComRetencaoEChave() {
        assertThat(tf.recursos("aws_cloudwatch_log_group"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(grupo -> {
                    assertThat(grupo.get("retention_in_days"))
                            .as(grupo.endereco())
                            .isNotNull();
                    assertThat(grupo.texto("kms_key_id")).as(grupo.endereco()).startsWith("var.chave_");
                });
        for (String ambiente : new String[] {"dev", "prod"}) {
            assertThat((Double) tf.conteudo("envs/" + ambiente + "/terraform.tfvars")
                            .get("retencao_logs_dias"))
                    .isPositive();
        }
    }
}
