package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Encryption at rest with the account's own KMS keys, and TLS 1.2+ in transit. */
class CriptografiaTest {

    private final Terraform tf = Terraform.carregado();

    @Test
    void bancoCriptografadoComChaveKmsPropria() {
        assertThat(tf.recursos("aws_db_instance")).isNotEmpty().allSatisfy(banco -> {
            assertThat(banco.get("storage_encrypted")).as(banco.endereco()).isEqualTo(true);
            assertThat(banco.texto("kms_key_id")).as(banco.endereco()).startsWith("var.chave_");
            assertThat(banco.texto("performance_insights_kms_key_id"))
                    .as(banco.endereco())
                    .startsWith("var.chave_");
            assertThat(banco.texto("master_user_secret_kms_key_id"))
                    .as(banco.endereco())
                    .startsWith("var.chave_");
        });
    }

    @Test
    void bancoExigeTls() {
        assertThat(tf.recursos("aws_db_parameter_group"))
                .isNotEmpty()
                .allSatisfy(grupo -> assertThat(Hcl.ocorrencias(grupo.get("parameter")))
                        .as(grupo.endereco())
                        .anySatisfy(p -> {
                            assertThat(p.get("name")).isEqualTo("rds.force_ssl");
                            assertThat(String.valueOf(p.get("value"))).isEqualTo("1");
                        }));
    }

    @Test
    void cacheCriptografadoEmRepousoEEmTransitoComAuth() {
        assertThat(tf.recursos("aws_elasticache_replication_group"))
                .isNotEmpty()
                .allSatisfy(cache -> {
                    assertThat(cache.get("at_rest_encryption_enabled"))
                            .as(cache.endereco())
                            .isEqualTo(true);
                    assertThat(cache.texto("kms_key_id")).as(cache.endereco()).startsWith("var.chave_");
                    assertThat(cache.get("transit_encryption_enabled"))
                            .as(cache.endereco())
                            .isEqualTo(true);
                    assertThat(cache.get("transit_encryption_mode"))
                            .as(cache.endereco())
                            .isEqualTo("required");
                    assertThat(cache.texto("auth_token")).as(cache.endereco()).isNotBlank();
                });
    }

    @Test
    void todaFilaETopicoCriptografadosComChaveKmsDoCliente() {
        var filasETopicos = new ArrayList<>(tf.recursos("aws_sqs_queue"));
        filasETopicos.addAll(tf.recursos("aws_sns_topic"));
        assertThat(filasETopicos)
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(recurso -> assertThat(recurso.texto("kms_master_key_id"))
                        .as(recurso.endereco())
                        // AWS-managed keys (alias/aws/sqs, alias/aws/sns) cannot be granted to SNS or CloudWatch.
                        .startsWith("var.chave_"));
    }

    @Test
    void segredosRepositoriosEChavesComKmsERotacao() {
        assertThat(tf.recursos("aws_secretsmanager_secret"))
                .isNotEmpty()
                .allSatisfy(
                        s -> assertThat(s.texto("kms_key_id")).as(s.endereco()).startsWith("var.chave_"));
        assertThat(tf.recursos("aws_ecr_repository")).isNotEmpty().allSatisfy(repo -> {
            assertThat(repo.caminho("encryption_configuration", "encryption_type"))
                    .isEqualTo("KMS");
            assertThat(repo.get("image_tag_mutability")).as(repo.endereco()).isEqualTo("IMMUTABLE");
        });
        assertThat(tf.recursosComBootstrap("aws_kms_key"))
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.get("enable_key_rotation"))
                        .as(k.endereco())
                        .isEqualTo(true));
    }

    @Test
    void listenersSoHttpsComPoliticaTls12OuMaior() {
        assertThat(tf.recursos("aws_lb_listener")).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.get("protocol")).as(listener.endereco()).isEqualTo("HTTPS");
            String politica = listener.texto("ssl_policy");
            if (politica.startsWith("local.")) {
                politica =
                        String.valueOf(tf.locais(listener.arquivo().toString()).get(politica.substring(6)));
            }
            assertThat(politica).as(listener.endereco()).startsWith("ELBSecurityPolicy-TLS13-1-2");
        });
    }
}
