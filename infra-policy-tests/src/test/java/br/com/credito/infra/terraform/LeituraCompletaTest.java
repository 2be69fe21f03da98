package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * hcl4j does not understand all of HCL: after some for-expressions it silently drops what follows in the same block.
 * A policy over a block hcl4j dropped would check nothing, so this test proves every top-level block and every local
 * of the source was read. When it fails, restructure the HCL (e.g. end the locals block after the for-expression).
 */
class LeituraCompletaTest {

    private static final Pattern BLOCO =
            Pattern.compile("(?m)^(resource|data|module|output|variable) \"([^\"]+)\"(?: \"([^\"]+)\")? \\{");
    private static final Pattern BLOCO_LOCALS = Pattern.compile("(?ms)^locals \\{\\n(.*?)^\\}");
    private static final Pattern LOCAL = Pattern.compile("(?m)^  ([a-z_0-9-]+)\\s*=");

    private final Terraform tf = Terraform.carregado();

    @Test
    void todoBlocoDoFonteFoiLido() {
        for (Path arquivo : arquivosTf()) {
            Map<String, Object> conteudo = tf.conteudo(arquivo.toString());
            BLOCO.matcher(Terraform.ler(tf.raiz().resolve(arquivo))).results().forEach(m -> {
                Map<String, Object> porTipo =
                        Hcl.mapa(Hcl.mapa(conteudo.get(m.group(1))).get(m.group(2)));
                boolean lido = m.group(3) == null
                        ? !porTipo.isEmpty() || conteudo.containsKey(m.group(1))
                        : porTipo.containsKey(m.group(3));
                assertThat(lido).as("%s em %s", m.group(), arquivo).isTrue();
            });
        }
    }

    @Test
    void todoLocalDoFonteFoiLido() {
        for (Path arquivo : arquivosTf()) {
            var lidos = tf.locais(arquivo.toString()).keySet();
            BLOCO_LOCALS
                    .matcher(Terraform.ler(tf.raiz().resolve(arquivo)))
                    .results()
                    .forEach(bloco -> LOCAL.matcher(bloco.group(1))
                            .results()
                            .forEach(local -> assertThat(lidos)
                                    .as("local %s em %s", local.group(1), arquivo)
                                    .contains(local.group(1))));
        }
    }

    private Iterable<Path> arquivosTf() {
        return tf.arquivos().stream().filter(a -> a.toString().endsWith(".tf")).toList();
    }
}
