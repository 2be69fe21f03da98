package br.com.credito.infra.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The wiring `terraform validate` would check, as far as it can be read without providers: every module call passes
 * only variables the module declares and every variable without a default; every module output, local and variable
 * referenced exists. CI runs the real `terraform validate` on top.
 */
class ModulosTest {

    private static final Pattern SAIDA_DE_MODULO = Pattern.compile("\\bmodule\\.([a-z_0-9]+)\\.([a-z_0-9]+)");
    private static final Pattern LOCAL = Pattern.compile("\\blocal\\.([a-z_0-9]+)");
    private static final Pattern VARIAVEL = Pattern.compile("\\bvar\\.([a-z_0-9]+)");

    private final Terraform tf = Terraform.carregado();

    @Test
    void chamadasDeModuloBatemComAsVariaveisDeclaradas() {
        for (Path arquivo : tf.arquivos()) {
            Hcl.mapa(tf.conteudo(arquivo.toString()).get("module")).forEach((nome, corpo) -> {
                Map<String, Object> argumentos = new HashMap<>(Hcl.mapa(corpo));
                Path diretorio = diretorio(arquivo)
                        .resolve(String.valueOf(argumentos.remove("source")))
                        .normalize();
                Map<String, Object> variaveis = declarados(diretorio, "variable");
                assertThat(variaveis.keySet())
                        .as("module %s (%s)", nome, arquivo)
                        .containsAll(argumentos.keySet());
                variaveis.forEach((variavel, declaracao) -> {
                    if (!Hcl.mapa(declaracao).containsKey("default")) {
                        assertThat(argumentos)
                                .as("module %s: %s", nome, variavel)
                                .containsKey(variavel);
                    }
                });
            });
        }
    }

    @Test
    void referenciasASaidasLocaisEVariaveisExistem() {
        Map<Path, Set<String>> textosPorDiretorio = new HashMap<>();
        for (Path arquivo : tf.arquivos()) {
            if (arquivo.toString().endsWith(".tf")) {
                textosPorDiretorio
                        .computeIfAbsent(diretorio(arquivo), d -> new HashSet<>())
                        .add(Terraform.ler(tf.raiz().resolve(arquivo)));
            }
        }
        textosPorDiretorio.forEach((diretorio, textos) -> {
            String texto = String.join("\n", textos);
            Set<String> locais = new HashSet<>();
            Map<String, Object> modulos = declarados(diretorio, "module");
            for (Path arquivo : tf.arquivos()) {
                if (diretorio(arquivo).equals(diretorio)) {
                    locais.addAll(tf.locais(arquivo.toString()).keySet());
                }
            }
            LOCAL.matcher(texto)
                    .results()
                    .forEach(m -> assertThat(locais)
                            .as("local.%s em %s", m.group(1), diretorio)
                            .contains(m.group(1)));
            VARIAVEL.matcher(texto)
                    .results()
                    .forEach(m -> assertThat(declarados(diretorio, "variable"))
                            .as("var.%s em %s", m.group(1), diretorio)
                            .containsKey(m.group(1)));
            SAIDA_DE_MODULO.matcher(texto).results().forEach(m -> {
                Object chamada = modulos.get(m.group(1));
                assertThat(chamada).as("module.%s em %s", m.group(1), diretorio).isNotNull();
                Path origem = diretorio
                        .resolve(String.valueOf(Hcl.mapa(chamada).get("source")))
                        .normalize();
                assertThat(declarados(origem, "output"))
                        .as("module.%s.%s em %s", m.group(1), m.group(2), diretorio)
                        .containsKey(m.group(2));
            });
        });
    }

    /** The blocks of one kind (variable, output, module) declared by the .tf files of a directory. */
    private Map<String, Object> declarados(Path diretorio, String tipo) {
        Map<String, Object> blocos = new HashMap<>();
        for (Path arquivo : tf.arquivos()) {
            if (diretorio(arquivo).equals(diretorio) && arquivo.toString().endsWith(".tf")) {
                blocos.putAll(Hcl.mapa(tf.conteudo(arquivo.toString()).get(tipo)));
            }
        }
        return blocos;
    }

    private static Path diretorio(Path arquivo) {
        Path pai = arquivo.getParent();
        return pai == null ? Path.of("") : pai;
    }
}
