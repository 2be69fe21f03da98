package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** No secret value in outputs, tfvars or task definitions: secrets are written once, write-only, and injected by ECS. */
class SegredosTest {

    private static final List<String> PALAVRAS_DE_SEGREDO =
            List.of("password", "senha", "secret", "token", "dsn", "chave_privada");

    private final Terraform tf = Terraform.carregado();

    @Test
    void versoesDeSegredoSaoSomenteEscrita() {
        assertThat(tf.recursos("aws_secretsmanager_secret_version"))
                .isNotEmpty()
                .allSatisfy(versao -> {
                    assertThat(versao.get("secret_string"))
                            .as(versao.endereco())
                            .isNull();
                    assertThat(versao.get("secret_string_wo"))
                            .as(versao.endereco())
                            .isNotNull();
                });
    }

    @Test
    void senhaMestraDoBancoGeridaPeloRds() {
        assertThat(tf.recursos("aws_db_instance")).allSatisfy(banco -> {
            assertThat(banco.get("manage_master_user_password")).isEqualTo(true);
            assertThat(banco.get("password")).isNull();
        });
    }

    @Test
    void nenhumOutputExpoeValorDeSegredo() {
        for (var arquivo : tf.arquivos()) {
            Hcl.mapa(tf.conteudo(arquivo.toString()).get("output")).forEach((nome, corpo) -> {
                String valor = String.valueOf(Hcl.mapa(corpo).get("value"));
                assertThat(valor)
                        .as("output %s em %s", nome, arquivo)
                        .doesNotContain("random_password", "client_secret", "auth_token", ".result", "secret_string");
            });
        }
    }

    @Test
    void tfvarsSemSegredos() {
        for (String ambiente : List.of("dev", "prod")) {
            tf.conteudo("envs/" + ambiente + "/terraform.tfvars")
                    .keySet()
                    .forEach(variavel -> assertThat(variavel.toLowerCase(Locale.ROOT))
                            .as("envs/%s/terraform.tfvars", ambiente)
                            .doesNotContain(PALAVRAS_DE_SEGREDO.toArray(String[]::new)));
        }
    }
}
