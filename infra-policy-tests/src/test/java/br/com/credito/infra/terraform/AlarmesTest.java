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
        assertThat(Hcl.mapa(erros.get("metric_query")).get("expression"))
                .asString()
                .contains("FILL(ea, 0) + FILL(ev, 0)", "FILL(ra, 0) + FILL(rv, 0)");
        Map<String, Object> consultas = Hcl.mapa(tf.locais(ALARMES).get("consultas_5xx"));
        assertThat(consultas).containsOnlyKeys("ea", "ev", "ra", "rv");
        assertThat(Hcl.mapa(consultas.get("ea"))).containsEntry("metrica", "HTTPCode_Target_5XX_Count");
        assertThat(Hcl.mapa(consultas.get("ev"))).containsEntry("cor", "verde");
        assertThat(Hcl.mapa(consultas.get("ra"))).containsEntry("metrica", "RequestCount");
        assertThat(conteudoDinamico(erros)).asString().contains("metric_name=metric_query.value.metrica");
    }

    @Test
    void latenciaP95AcimaDe300ms() {
        Map<String, Object> limiar = Hcl.mapa(
                Hcl.mapa(tf.conteudo("modules/observability/variables.tf").get("variable"))
                        .get("limiar_latencia_p95_segundos"));
        assertThat(limiar.get("default")).isEqualTo(0.3);
        Bloco latencia = tf.recurso("aws_cloudwatch_metric_alarm", "latencia_p95");
        assertThat(latencia.texto("threshold")).isEqualTo("var.limiar_latencia_p95_segundos");
        assertThat(Hcl.mapa(tf.locais(ALARMES).get("consultas_p95"))).containsOnlyKeys("pa", "pv");
        assertThat(conteudoDinamico(latencia)).asString().contains("stat=p95", "TargetResponseTime");
    }

    @Test
    void outboxCircuitosTarefasEAtrasoDeEventos() {
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "outbox").get("metric_name"))
                .isEqualTo("credito.outbox.idade.value");
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "circuito_aberto").get("metric_query"))
                .asString()
                .contains("resilience4j.circuitbreaker.state.value", "state = 'open'");
        assertThat(Hcl.mapa(tf.locais(ALARMES).get("consultas_tarefa")))
                .containsEntry("desejadas", "DesiredTaskCount")
                .containsEntry("rodando", "RunningTaskCount");
        assertThat(tf.recurso("aws_cloudwatch_metric_alarm", "tarefas").get("metric_query"))
                .asString()
                .contains("desejadas - rodando");
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

    private static Object conteudoDinamico(Bloco alarme) {
        return Hcl.mapa(
                Hcl.mapa(Hcl.mapa(alarme.get("dynamic")).get("metric_query")).get("content"));
    }
}
