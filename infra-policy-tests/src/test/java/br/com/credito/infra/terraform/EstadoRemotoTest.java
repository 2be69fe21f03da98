package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Remote state in S3 with locking, one state per environment, one root configuration for all environments. */
class EstadoRemotoTest {

    private final Terraform tf = Terraform.carregado();

    @Test
    void backendS3CriptografadoComTrava() {
        Map<String, Object> s3 = Hcl.mapa(
                Hcl.mapa(Hcl.mapa(tf.conteudo("versions.tf").get("terraform")).get("backend"))
                        .get("s3"));
        assertThat(s3).containsEntry("encrypt", true);
        boolean travaNativa = Boolean.TRUE.equals(s3.get("use_lockfile"));
        boolean travaDynamo = s3.get("dynamodb_table") != null;
        assertThat(travaNativa || travaDynamo)
                .as("use_lockfile or dynamodb_table")
                .isTrue();
    }

    @Test
    void umEstadoPorAmbiente() {
        Map<String, Object> dev = tf.conteudo("envs/dev/backend.hcl");
        Map<String, Object> prod = tf.conteudo("envs/prod/backend.hcl");
        for (Map<String, Object> backend : List.of(dev, prod)) {
            assertThat(backend).containsKeys("bucket", "key", "region", "kms_key_id");
        }
        assertThat(dev.get("key")).isNotEqualTo(prod.get("key"));
        assertThat(dev.get("bucket")).isNotEqualTo(prod.get("bucket"));
    }

    @Test
    void ambientesSaoTfvarsDeUmaRaizSemCopiaDeCodigo() throws IOException {
        try (Stream<Path> arquivos = Files.walk(tf.raiz().resolve("envs"))) {
            assertThat(arquivos.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .isNotEmpty()
                    .allMatch(nome -> nome.equals("terraform.tfvars") || nome.equals("backend.hcl"));
        }
        assertThat(tf.conteudo("envs/dev/terraform.tfvars").keySet())
                .isEqualTo(tf.conteudo("envs/prod/terraform.tfvars").keySet());
    }

    @Test
    void versaoDoTerraformComTravaNativaESomenteEscrita() {
        assertThat(Hcl.mapa(tf.conteudo("versions.tf").get("terraform")).get("required_version"))
                .isEqualTo(">= 1.11.0");
    }
}
