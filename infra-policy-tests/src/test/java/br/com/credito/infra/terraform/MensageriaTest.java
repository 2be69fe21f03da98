package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.credito.filaslocais.FilaComDlq;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event flow of docs/contratos-internos.md: topic, raw-delivery subscription, DLQ after 5 receives. */
class MensageriaTest {

    private static final String ARQUIVO = "modules/messaging/main.tf";

    private final Terraform tf = Terraform.carregado();

    @Test
    void nomesDoContrato() {
        assertThat(tf.recurso("aws_sns_topic", "investimento_criado").get("name"))
                .isEqualTo("investimento-criado");
        assertThat(tf.recurso("aws_sqs_queue", "fila").get("name")).isEqualTo("concessao-investimento-criado");
        assertThat(tf.recurso("aws_sqs_queue", "dlq").get("name")).isEqualTo("concessao-investimento-criado-dlq");
    }

    @Test
    void filaVaiParaDlqDepoisDeCincoRecebimentos() {
        Object redrive = tf.recurso("aws_sqs_queue", "fila").get("redrive_policy");
        assertThat(Hcl.numeroNoJson(redrive, "maxReceiveCount")).isEqualTo(5.0);
        assertThat(String.valueOf(redrive)).contains("\"aws_sqs_queue.dlq.arn\"");
    }

    /** The local broker (launcher, docker-compose via DockerComposeTest, tests) declares what AWS will have. */
    @Test
    void aTopologiaLocalEAdoTerraform() {
        FilaComDlq local = FilaComDlq.INVESTIMENTO_CRIADO;
        Bloco fila = tf.recurso("aws_sqs_queue", "fila");
        assertThat(fila.get("name")).isEqualTo(local.nome());
        assertThat(tf.recurso("aws_sqs_queue", "dlq").get("name")).isEqualTo(local.dlq());
        assertThat(Hcl.numeroNoJson(fila.get("redrive_policy"), "maxReceiveCount"))
                .isEqualTo((double) local.maxRecebimentos());
        // Locally shorter on purpose (the poison-message drill waits 5 receives); never longer than in AWS.
        assertThat((double) local.visibilidade().toSeconds())
                .isLessThanOrEqualTo((Double) fila.get("visibility_timeout_seconds"));
    }

    @Test
    void todaFilaQueNaoEDlqTemRedrive() {
        List<Bloco> filas = tf.recursos("aws_sqs_queue");
        List<String> dlqs = filas.stream()
                .filter(f -> String.valueOf(f.get("name")).endsWith("-dlq"))
                .map(Bloco::nome)
                .toList();
        assertThat(dlqs).containsExactlyInAnyOrder("dlq", "sns_dlq");
        assertThat(filas)
                .filteredOn(f -> !dlqs.contains(f.nome()))
                .isNotEmpty()
                .allSatisfy(f ->
                        assertThat(f.get("redrive_policy")).as(f.endereco()).isNotNull());
    }

    @Test
    void assinaturaComEntregaBrutaEDlqPropria() {
        Bloco assinatura = tf.recurso("aws_sns_topic_subscription", "concessao");
        assertThat(assinatura.get("protocol")).isEqualTo("sqs");
        assertThat(assinatura.get("raw_message_delivery")).isEqualTo(true);
        assertThat(assinatura.texto("endpoint")).isEqualTo("aws_sqs_queue.fila.arn");
        assertThat(String.valueOf(assinatura.get("redrive_policy"))).contains("\"aws_sqs_queue.sns_dlq.arn\"");
    }

    @Test
    void somenteOTopicoEnviaParaAsFilas() {
        Bloco politica = tf.dados("aws_iam_policy_document").stream()
                .filter(d -> d.nome().equals("sns_envia"))
                .findFirst()
                .orElseThrow();
        var declaracao = Hcl.ocorrencias(politica.get("statement")).getFirst();
        assertThat(Hcl.textos(declaracao.get("actions"))).containsExactly("sqs:SendMessage");
        var condicao = Hcl.mapa(declaracao.get("condition"));
        assertThat(condicao.get("variable")).isEqualTo("aws:SourceArn");
        assertThat(Hcl.textos(condicao.get("values"))).containsExactly("aws_sns_topic.investimento_criado.arn");
    }

    @Test
    void asDuasDlqsTemAlarmeDeProfundidade() {
        Object filasDlq = Hcl.mapa(tf.conteudo(ARQUIVO).get("output")).get("filas_dlq");
        assertThat(Hcl.textos(Hcl.mapa(filasDlq).get("value")))
                .containsExactlyInAnyOrder("aws_sqs_queue.dlq.name", "aws_sqs_queue.sns_dlq.name");
        Bloco alarme = tf.recurso("aws_cloudwatch_metric_alarm", "dlq");
        assertThat(alarme.get("metric_name")).isEqualTo("ApproximateNumberOfMessagesVisible");
        assertThat(alarme.get("comparison_operator")).isEqualTo("GreaterThanThreshold");
        assertThat(alarme.get("threshold")).isEqualTo(0.0);
        assertThat(tf.bloco("main.tf", "module", "observability").texto("filas_dlq"))
                .isEqualTo("module.messaging.filas_dlq");
    }
}
